import {
	CeHoursInputSchema,
	ClinicInputSchema,
	DEFAULT_MASSAGE_RULES,
	PractitionerInputSchema,
	type Clinic,
	type ClinicInput,
	type Practitioner,
	type PractitionerInput,
} from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';
import type { ApiClient, ApiResult } from './api';

/** The clinic form's fields, named as ClinicInputSchema names them, so errors land on them. */
export const CLINIC_FIELDS = [
	'name',
	'kind',
	'townshipCode',
	'operatorPersonId',
	'areaM2',
	'beds',
	'sterilisation',
	'licenceNumber',
] as const;
export type ClinicValues = Record<(typeof CLINIC_FIELDS)[number], string>;

export const PRACTITIONER_FIELDS = [
	'personId',
	'qualification',
	'examYear',
	'practiceSince',
	'title',
	'registeredClinicId',
	'registeredOn',
] as const;
export type PractitionerValues = Record<(typeof PRACTITIONER_FIELDS)[number], string>;

export const HOURS_FIELDS = ['year', 'hours'] as const;

const orNull = (v: string) => (v === '' ? null : v);

export const readClinicValues = (form: FormData | null): ClinicValues =>
	formValues(form, CLINIC_FIELDS);

/** A saved clinic as its form shows it (the clinic names its township, the form takes the code). */
export function clinicValues(
	c?: Clinic,
	townships: { value: string; label: string }[] = [],
): ClinicValues {
	if (!c) return { ...formValues(null, CLINIC_FIELDS), kind: 'medical' };
	return {
		name: c.name,
		kind: c.kind,
		townshipCode: townships.find((t) => t.label === c.townshipName)?.value ?? '',
		operatorPersonId: c.operatorPersonId ?? '',
		areaM2: String(c.areaM2),
		beds: String(c.beds),
		sterilisation: c.sterilisation ? 'yes' : '',
		licenceNumber: c.licenceNumber,
	};
}

/** The clinic form as the API takes it, checked with the API's own schema. */
export function parseClinic(v: ClinicValues, employerId: string | null = null) {
	const parsed = ClinicInputSchema.safeParse({
		...v,
		employerId,
		operatorPersonId: orNull(v.operatorPersonId),
		areaM2: parseNumber(v.areaM2) ?? '',
		beds: parseNumber(v.beds) ?? '',
		sterilisation: v.sterilisation === 'yes',
	});
	// the parsed output, typed as the client's input (what the API validates again)
	return parsed.success
		? { success: true as const, data: parsed.data as ClinicInput }
		: { success: false as const, error: parsed.error };
}

export const readPractitionerValues = (form: FormData | null): PractitionerValues =>
	formValues(form, PRACTITIONER_FIELDS);

export function practitionerValues(personId: string, p?: Practitioner): PractitionerValues {
	return {
		personId,
		qualification: p?.qualification ?? 'medical',
		examYear: p?.examYear ? String(p.examYear) : '',
		practiceSince: p?.practiceSince ?? '',
		title: p?.title ?? 'none',
		registeredClinicId: p?.registeredClinicId ?? '',
		registeredOn: p?.registeredOn ?? '',
	};
}

export function parsePractitioner(v: PractitionerValues) {
	const parsed = PractitionerInputSchema.safeParse({
		...v,
		examYear: v.examYear === '' ? null : (parseNumber(v.examYear) ?? null),
		title: v.title || 'none',
		practiceSince: orNull(v.practiceSince),
		registeredClinicId: orNull(v.registeredClinicId),
		registeredOn: orNull(v.registeredOn),
	});
	return parsed.success
		? { success: true as const, data: parsed.data as PractitionerInput }
		: { success: false as const, error: parsed.error };
}

/** 继续教育: the year (a number between 2000 and 2100) and the hours. */
export function parseHours(v: Record<(typeof HOURS_FIELDS)[number], string>) {
	const year = parseNumber(v.year);
	const parsed = CeHoursInputSchema.safeParse({ hours: parseNumber(v.hours) ?? '' });
	const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= 2000;
	return { year: yearOk && year <= 2100 ? year : null, parsed };
}

type Paged<T> = { items: T[]; total: number; pageSize: number };

/**
 * Every item of a paged list, 100 at a time (a county has tens of practitioners and clinics):
 * for the choices of a form, the counts of the summary and finding one practitioner by id.
 */
export async function everyItem<T>(
	load: (page: number, pageSize: number) => Promise<ApiResult<Paged<T>>>,
): Promise<ApiResult<T[]>> {
	const items: T[] = [];
	for (let page = 1; page <= 50; page++) {
		const res = await load(page, 100);
		if (!res.ok) return res;
		items.push(...res.data.items);
		if (page * res.data.pageSize >= res.data.total) break;
	}
	return { ok: true, data: items };
}

export const allPractitioners = (api: ApiClient) =>
	everyItem((p, size) => api.massage.practitioners(p, size));
export const allClinics = (api: ApiClient) => everyItem((p, size) => api.massage.clinics(p, size));

/** The lists the clinic form chooses from: townships, and practitioners as operators. */
export async function clinicFormOptions(api: ApiClient) {
	const [townships, practitioners, rules] = await Promise.all([
		api.townships(),
		allPractitioners(api),
		api.rules.massage(),
	]);
	// the area rule in force (staff may change it at /staff/massage/rules)
	const r = rules.ok ? rules.data.rules : DEFAULT_MASSAGE_RULES;
	return {
		areaHint: `写整数。医疗按摩所至少 ${r.medicalMinArea} 平方米，保健按摩机构至少 ${r.healthMinArea} 平方米。`,
		townships: townships.ok
			? townships.data.items.map((t) => ({ value: t.code, label: t.name }))
			: [],
		operators: practitioners.ok
			? practitioners.data.map((p) => ({
					value: p.personId,
					label: `${p.personName}（${p.townshipName}）`,
				}))
			: [],
	};
}

/** The clinics a practitioner can be filed at. */
export async function clinicOptions(api: ApiClient) {
	const clinics = await allClinics(api);
	return clinics.ok
		? clinics.data.map((c) => ({ value: c.id, label: `${c.name}（${c.townshipName}）` }))
		: [];
}
