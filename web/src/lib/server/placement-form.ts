import {
	PlacementEndInputSchema,
	PlacementInputSchema,
	SubsidyInputSchema,
	type PlacementInput,
} from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';
/** The county's calendar day (placements start and end on China days). */
import { chinaToday } from '$lib/format';
import type { ApiClient } from './api';
import { fieldErrors, type FieldErrors } from './problems';

/** The placement form's fields, named as PlacementInputSchema names them. */
export const PLACEMENT_FIELDS = [
	'postTitle',
	'employerName',
	'kind',
	'fundingSource',
	'startDate',
	'endDate',
] as const;
export type PlacementValues = Record<(typeof PLACEMENT_FIELDS)[number], string>;

export const SUBSIDY_FIELDS = ['month', 'postSubsidy', 'insuranceSubsidy'] as const;
export const END_FIELDS = ['endedOn', 'reason'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export { chinaToday };

/** Who is to be placed, from the address (`?personId=…&familyMemberId=…&start=…`). */
export function holderQuery(q: URLSearchParams) {
	const personId = q.get('personId') ?? '';
	const member = q.get('familyMemberId') ?? '';
	const start = q.get('start') ?? '';
	if (!UUID.test(personId)) return null;
	return {
		personId,
		familyMemberId: UUID.test(member) ? member : undefined,
		start: DATE.test(start) ? start : chinaToday(),
	};
}
export type HolderQuery = NonNullable<ReturnType<typeof holderQuery>>;

/** The holder's name, relation and township: the person's, or their relative's. */
export async function placementHolder(api: ApiClient, h: HolderQuery) {
	const person = await api.people.get(h.personId);
	if (!person.ok) return person;
	const base = { personName: person.data.fullName, townshipName: person.data.townshipName };
	if (!h.familyMemberId)
		return { ok: true as const, data: { ...base, name: base.personName, relation: null } };
	const records = await api.priority.get(h.personId);
	if (!records.ok) return records;
	const m = records.data.familyMembers.find((f) => f.id === h.familyMemberId);
	return {
		ok: true as const,
		data: { ...base, name: m?.fullName ?? '这位家庭成员', relation: m?.relationName ?? null },
	};
}

/** The term the holder may have from `start`, or null when the date cannot be read. */
export async function termFor(api: ApiClient, h: HolderQuery, start: string) {
	if (!DATE.test(start)) return null;
	const res = await api.placements.term({ ...h, start });
	return res.ok ? res.data : null;
}

export function newPlacementValues(start: string): PlacementValues {
	return { ...formValues(null, PLACEMENT_FIELDS), startDate: start };
}

export const readPlacementValues = (form: FormData | null): PlacementValues =>
	formValues(form, PLACEMENT_FIELDS);

/** The form as the API takes it, checked with the API's own schema. */
export function parsePlacement(v: PlacementValues, h: HolderQuery) {
	const parsed = PlacementInputSchema.safeParse({
		...v,
		kind: v.kind || undefined,
		personId: h.personId,
		familyMemberId: h.familyMemberId ?? null,
	});
	return parsed.success
		? { success: true as const, data: parsed.data as PlacementInput }
		: { success: false as const, error: parsed.error };
}

/** One month of the ledger as typed, and as the API takes it (or the messages by field). */
export function readSubsidy(form: FormData | null) {
	const values = formValues(form, SUBSIDY_FIELDS);
	// an empty amount is not 0: it comes back as “要写数字”
	const parsed = SubsidyInputSchema.safeParse({
		postSubsidy: parseNumber(values.postSubsidy),
		insuranceSubsidy: parseNumber(values.insuranceSubsidy),
	});
	const errors: FieldErrors<(typeof SUBSIDY_FIELDS)[number]> = parsed.success
		? {}
		: fieldErrors(parsed.error, SUBSIDY_FIELDS).errors;
	if (!MONTH.test(values.month)) errors.month = ['请填写月份，格式如 2026-03。'];
	const ok = parsed.success && !errors.month;
	return { values, data: ok ? parsed.data : null, errors };
}

/** The 离岗 form as typed, checked with the API's own schema. */
export function readEnd(form: FormData | null) {
	const values = formValues(form, END_FIELDS);
	return { values, parsed: PlacementEndInputSchema.safeParse(values) };
}
