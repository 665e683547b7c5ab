import type { ZodError } from 'zod';
import {
	GraduateFieldsSchema,
	GraduateInputSchema,
	ReferralInputSchema,
	ReferralUpdateInputSchema,
	type GraduateInput,
	type ReferralInput,
	type ReferralUpdateInput,
} from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';
import type { ApiClient } from './api';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The referral form's fields, named as ReferralInputSchema names them, so errors land on them. */
export const REFERRAL_FIELDS = [
	'personId',
	'fromKind',
	'fromName',
	'toKind',
	'employerId',
	'courseId',
	'toName',
	'reason',
] as const;
export type ReferralValues = Record<(typeof REFERRAL_FIELDS)[number], string>;

export const UPDATE_FIELDS = ['status', 'note', 'recordEmployment', 'form'] as const;
export type UpdateValues = Record<(typeof UPDATE_FIELDS)[number], string>;

export const GRADUATE_FIELDS = [
	'personId',
	'school',
	'major',
	'degree',
	'graduationYear',
	'note',
] as const;
export type GraduateValues = Record<(typeof GRADUATE_FIELDS)[number], string>;

const typed = <T>(parsed: { success: boolean; data?: unknown; error?: unknown }) =>
	parsed.success
		? { success: true as const, data: parsed.data as T }
		: { success: false as const, error: parsed.error as ZodError };

export const readReferralValues = (form: FormData | null): ReferralValues =>
	formValues(form, REFERRAL_FIELDS);

/** The referral as the API takes it, checked with the API's own schema first. */
export const parseReferral = (v: ReferralValues) =>
	typed<ReferralInput>(ReferralInputSchema.safeParse(v));

export const readUpdateValues = (form: FormData | null): UpdateValues =>
	formValues(form, UPDATE_FIELDS);

export const parseUpdate = (v: UpdateValues) =>
	typed<ReferralUpdateInput>(
		ReferralUpdateInputSchema.safeParse({
			status: v.status,
			note: v.note,
			recordEmployment: v.recordEmployment === 'yes',
			form: v.form || 'quota',
		}),
	);

export const readGraduateValues = (form: FormData | null): GraduateValues =>
	formValues(form, GRADUATE_FIELDS);

export function parseGraduate(v: GraduateValues) {
	const input = { ...v, graduationYear: parseNumber(v.graduationYear) ?? '' };
	return v.personId
		? typed<GraduateInput>(GraduateInputSchema.safeParse(input))
		: typed<Omit<GraduateInput, 'personId'>>(GraduateFieldsSchema.safeParse(input));
}

/** The employers and open courses a referral can link to (approved employers, 100 at most). */
export async function referralOptions(api: ApiClient) {
	const [employers, courses] = await Promise.all([
		api.employers.list({ status: 'approved', pageSize: 100 }),
		api.training.list({ show: 'open', pageSize: 100 }),
	]);
	return {
		employers: employers.ok
			? employers.data.items.map((e) => ({ value: e.id, label: e.name }))
			: [],
		courses: courses.ok
			? courses.data.items.map((c) => ({ value: c.id, label: `${c.title}（${c.startDate} 开课）` }))
			: [],
	};
}

/** The person a form is for, as one line, or null when the id is not one of the caller's. */
export async function personLine(api: ApiClient, personId: string) {
	if (!UUID.test(personId)) return null;
	const res = await api.people.get(personId);
	if (!res.ok) return null;
	const p = res.data;
	return {
		id: p.id,
		name: p.fullName,
		line: `${p.fullName}（${p.townshipName}，身份证号 ${p.idNumberMasked}）`,
	};
}

/** The registry search of the person pickers: by name or full ID number. */
export async function findPeople(api: ApiClient, q: string) {
	if (!q) return null;
	const res = await api.people.list({ q, pageSize: 10 });
	return res.ok ? res.data : null;
}
