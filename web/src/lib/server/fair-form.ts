import { z } from 'zod';
import { FairInputSchema, type FairDetail, type FairInput } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { chinaClock, chinaDay, chinaInstant, clockOf, isDay, minutesOf } from './fair-clock';

/** The fair form's fields, named as FairInputSchema names them, so errors land on them. */
export const FAIR_FIELDS = [
	'title',
	'theme',
	'mode',
	'organizer',
	'startsAt',
	'endsAt',
	'opensAtMinute',
	'closesAtMinute',
	'boothDeadline',
	'venue',
	'venueAccess',
	'description',
	'zones',
	'desks',
] as const;
export type FairField = (typeof FAIR_FIELDS)[number];
export type FairValues = Record<FairField, string>;

const ORGANIZER = '五台县人力资源和社会保障局';
const ZONES = ['机关事业单位', '国有企业', '民营企业', '按摩机构', '辅助性就业'];
const DESKS = ['政策咨询', '法律援助'];

/** A new fair: the county bureau as organiser, 09:00 to 17:00, the usual zones and desks. */
export function newFairValues(): FairValues {
	return {
		...formValues(null, FAIR_FIELDS),
		organizer: ORGANIZER,
		opensAtMinute: '09:00',
		closesAtMinute: '17:00',
		zones: ZONES.join('\n'),
		desks: DESKS.join('\n'),
	};
}

/** A saved fair as its form shows it: days and clock times in China time, one zone a line. */
export function fairValues(f: FairDetail): FairValues {
	const names = (kind: 'zone' | 'desk') =>
		f.zones
			.filter((z) => z.kind === kind)
			.map((z) => z.name)
			.join('\n');
	return {
		title: f.title,
		theme: f.theme,
		mode: f.mode,
		organizer: f.organizer,
		startsAt: chinaDay(f.startsAt),
		endsAt: chinaDay(f.endsAt),
		opensAtMinute: clockOf(f.opensAtMinute) || chinaClock(f.startsAt),
		closesAtMinute: clockOf(f.closesAtMinute) || chinaClock(f.endsAt),
		boothDeadline: f.boothDeadline ? chinaDay(f.boothDeadline) : '',
		venue: f.venue,
		venueAccess: f.venueAccess,
		description: f.description,
		zones: names('zone'),
		desks: names('desk'),
	};
}

/** The submitted fair form, as typed (text areas keep their line breaks). */
export const readFairValues = (form: FormData | null): FairValues => formValues(form, FAIR_FIELDS);

const lines = (text: string) => [
	...new Set(
		text
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter(Boolean),
	),
];

type Issue = { field: FairField; message: string };

/** What the web checks itself, in the form's words: days, clock times, zone names. */
function ownIssues(v: FairValues, zones: string[], desks: string[]): Issue[] {
	const out: Issue[] = [];
	const day = (field: FairField, label: string, required: boolean) => {
		if (!v[field]) {
			if (required) out.push({ field, message: `请填写${label}。` });
		} else if (!isDay(v[field]))
			out.push({ field, message: `${label}不对，请按 2027-01-12 这样填写。` });
	};
	const clock = (field: FairField, label: string) => {
		if (!v[field]) out.push({ field, message: `请填写${label}。` });
		else if (minutesOf(v[field]) === null)
			out.push({ field, message: `${label}不对，请按 09:00 这样填写。` });
	};
	day('startsAt', '开始日期', true);
	day('endsAt', '结束日期', true);
	day('boothDeadline', '报名截止日期', false);
	clock('opensAtMinute', '每天开始时间');
	clock('closesAtMinute', '每天结束时间');
	if (isDay(v.startsAt) && isDay(v.endsAt) && v.endsAt < v.startsAt)
		out.push({ field: 'endsAt', message: '结束日期不能早于开始日期。' });
	if (isDay(v.boothDeadline) && isDay(v.endsAt) && v.boothDeadline > v.endsAt)
		out.push({ field: 'boothDeadline', message: '展位报名截止时间不能晚于招聘会结束。' });
	const [opens, closes] = [minutesOf(v.opensAtMinute), minutesOf(v.closesAtMinute)];
	if (opens !== null && closes !== null && closes <= opens)
		out.push({ field: 'closesAtMinute', message: '每天结束时间要晚于开始时间。' });
	if (zones.some((z) => z.length > 40))
		out.push({ field: 'zones', message: '每个展区的名称不超过 40 个字。' });
	if (desks.some((d) => d.length > 40))
		out.push({ field: 'desks', message: '每个咨询台的名称不超过 40 个字。' });
	if (desks.some((d) => zones.includes(d)))
		out.push({ field: 'desks', message: '咨询台的名称不能和展区相同。' });
	return out;
}

/**
 * The fair form as the API takes it (days at the opening and closing time in China, minutes after
 * midnight, zones one a line), or the messages by field. The shared schema checks it too.
 */
export function parseFair(
	v: FairValues,
): { success: true; data: FairInput } | { success: false; error: z.ZodError } {
	const [zones, desks] = [lines(v.zones), lines(v.desks)];
	const opens = minutesOf(v.opensAtMinute);
	const closes = minutesOf(v.closesAtMinute);
	const data: FairInput = {
		title: v.title,
		description: v.description,
		theme: v.theme as FairInput['theme'],
		mode: v.mode as FairInput['mode'],
		venue: v.venue,
		venueAccess: v.venueAccess,
		organizer: v.organizer,
		startsAt: chinaInstant(v.startsAt, clockOf(opens ?? 0) || '00:00'),
		endsAt: chinaInstant(v.endsAt, clockOf(closes ?? 0) || '23:59'),
		// NaN, not '' (which would read as midnight): the schema then asks for the time
		opensAtMinute: opens ?? Number.NaN,
		closesAtMinute: closes ?? Number.NaN,
		boothDeadline: v.boothDeadline
			? chinaInstant(v.boothDeadline, clockOf(closes ?? 0) || '23:59')
			: null,
		zones,
		desks,
	};
	const own = ownIssues(v, zones, desks);
	const mine = new Set(own.map((i) => i.field));
	const parsed = FairInputSchema.safeParse(data);
	const theirs = (parsed.error?.issues ?? []).filter((i) => !mine.has(i.path[0] as FairField));
	const seen = new Set<string>();
	const issues = [
		...own.map((i) => ({
			code: 'custom' as const,
			path: [i.field],
			message: i.message,
			input: '',
		})),
		...theirs,
	].filter((i) => {
		const key = `${String(i.path[0])}\n${i.message}`;
		return seen.has(key) ? false : (seen.add(key), true);
	});
	return issues.length
		? { success: false, error: new z.ZodError(issues) }
		: { success: true, data };
}
