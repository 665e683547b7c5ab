import { z } from 'zod';
import {
	BoothInputSchema,
	type EmployerPostingList,
	type EmployerUserList,
	type FairDetail,
} from '@ronghe/contracts';
import { parseNumber } from '$lib/form-values';
import type { ApiResult } from './api';
import { fairFacts, myBoothFacts } from './employer-fairs';

/*
 * The booth application form (issue 14 §2): what the page shows, what was typed, and the check
 * before the API's own (the contract's schema, with the minutes of a slot read as people type them).
 */

export const BOOTH_FIELDS = [
	'zoneId',
	'introduction',
	'accessibility',
	'slotMinutes',
	'postingIds',
	'repUserIds',
] as const;

export type BoothValues = {
	zoneId: string;
	introduction: string;
	accessibility: string;
	slotMinutes: string;
	postingIds: string[];
	repUserIds: string[];
};

const BoothFormSchema = BoothInputSchema.extend({
	introduction: z
		.string()
		.trim()
		.min(10, '请介绍一下单位（至少 10 个字）。')
		.max(2000, '介绍请控制在 2000 字以内。'),
	accessibility: z.string().trim().max(1000, '无障碍情况请控制在 1000 字以内。').default(''),
	slotMinutes: z.coerce
		.number({ error: '面试时段的长度请填数字（分钟）。' })
		.int('面试时段请填整分钟。')
		.min(10, '面试时段至少 10 分钟。')
		.max(60, '面试时段最多 60 分钟。')
		.default(15),
});

/** The form as typed; without a form, every field empty. */
export function boothValues(form: FormData | null): BoothValues {
	const text = (name: string) => String(form?.get(name) ?? '');
	const list = (name: string) => (form?.getAll(name) ?? []).map(String);
	return {
		zoneId: text('zoneId'),
		introduction: text('introduction'),
		accessibility: text('accessibility'),
		slotMinutes: text('slotMinutes').trim(),
		postingIds: list('postingIds'),
		repUserIds: list('repUserIds'),
	};
}

export function parseBooth(v: BoothValues) {
	const minutes = parseNumber(v.slotMinutes);
	return BoothFormSchema.safeParse({
		...v,
		zoneId: v.zoneId || null,
		slotMinutes: typeof minutes === 'string' ? Number.NaN : minutes,
	});
}

/** What the application page shows: the fair, the unit's booth, and the choices it has. */
export function boothPage(
	fair: FairDetail,
	postings: ApiResult<EmployerPostingList>,
	users: ApiResult<EmployerUserList>,
	meId: string,
) {
	const booth = fair.myBooth;
	const saved: BoothValues = {
		zoneId: booth?.zoneId ?? '',
		introduction: booth?.introduction ?? '',
		accessibility: booth?.accessibility ?? '',
		slotMinutes: String(booth?.slotMinutes ?? 15),
		postingIds: booth?.postings.map((p) => p.id) ?? [],
		repUserIds: booth?.reps.filter((r) => r.role === 'rep').map((r) => r.userId) ?? [],
	};
	return {
		fair: fairFacts(fair),
		booth: myBoothFacts(booth, meId),
		saved,
		zones: fair.zones.filter((z) => z.kind === 'zone'),
		employerApproved: postings.ok ? postings.data.employerApproved : true,
		postings: postings.ok
			? postings.data.items
					.filter((p) => p.status === 'published')
					.map((p) => ({ id: p.id, title: p.title, headcount: p.headcount }))
			: [],
		colleagues: users.ok
			? users.data.items
					.filter((u) => !u.disabled && u.id !== meId)
					.map((u) => ({ id: u.id, name: u.displayName }))
			: [],
	};
}
