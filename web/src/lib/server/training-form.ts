import {
	CERTIFICATE_KINDS,
	TrainingCourseInputSchema,
	type TrainingCourse,
	type TrainingCourseInput,
} from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';
import type { ApiClient } from './api';

/** The course form's fields, named as TrainingCourseInputSchema names them, so errors land on them. */
export const COURSE_FIELDS = [
	'title',
	'provider',
	'occupationCode',
	'townshipCode',
	'startDate',
	'endDate',
	'lengthClass',
	'seats',
	'cost',
	'funding',
	'access',
	'certificateKind',
	'description',
] as const;
export type CourseField = (typeof COURSE_FIELDS)[number];
type TextField = Exclude<CourseField, 'access'>;
/** The form as typed: one string a field, the ticked access items as a list. */
export type CourseValues = Record<TextField, string> & { access: string[] };

const TEXT_FIELDS = COURSE_FIELDS.filter((f): f is TextField => f !== 'access');

/** A new course: short, free, no certificate until one is chosen. */
export function newCourseValues(): CourseValues {
	return { ...formValues(null, TEXT_FIELDS), lengthClass: 'short', cost: '0', access: [] };
}

/** A saved course as its form shows it. */
export function courseValues(c: TrainingCourse): CourseValues {
	return {
		title: c.title,
		provider: c.provider,
		occupationCode: c.occupationCode ?? '',
		townshipCode: c.townshipCode,
		startDate: c.startDate,
		endDate: c.endDate,
		lengthClass: c.lengthClass,
		seats: String(c.seats),
		cost: String(c.cost),
		funding: c.funding,
		access: [...c.access],
		certificateKind: c.certificateKind ?? '',
		description: c.description,
	};
}

/** The submitted course form, as typed (the description keeps its line breaks). */
export function readCourseValues(form: FormData | null): CourseValues {
	const values = formValues(form, TEXT_FIELDS);
	const description = String(form?.get('description') ?? '');
	const access = form ? form.getAll('access').map(String) : [];
	return { ...values, description, access };
}

/** The form as the API takes it, checked with the API's own schema. */
export function parseCourse(v: CourseValues) {
	const body = {
		...v,
		seats: parseNumber(v.seats) ?? '',
		cost: parseNumber(v.cost) ?? 0,
		certificateKind: v.certificateKind || null,
	};
	const parsed = TrainingCourseInputSchema.safeParse(body);
	// the parsed output, typed as the client's input (what the API validates again)
	return parsed.success
		? { success: true as const, data: parsed.data as TrainingCourseInput }
		: { success: false as const, error: parsed.error };
}

const options = (labels: Record<string, string>) =>
	Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The lists the form chooses from: townships, occupations, certificates. */
export async function courseFormOptions(api: ApiClient) {
	const [townships, occupations] = await Promise.all([api.townships(), api.occupations.list()]);
	return {
		townships: townships.ok
			? townships.data.items.map((t) => ({ value: t.code, label: t.name }))
			: [],
		occupations: occupations.ok
			? occupations.data.items.map((o) => ({ value: o.code, label: o.name }))
			: [],
		certificates: options(CERTIFICATE_KINDS),
	};
}
export type CourseFormOptions = Awaited<ReturnType<typeof courseFormOptions>>;
