import { EmploymentRecordInputSchema, type EmploymentRecordInput } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';

/** The employment form's fields, named as EmploymentRecordInputSchema names them. */
export const EMPLOYMENT_FIELDS = [
	'status',
	'form',
	'employerName',
	'startedOn',
	'contract',
	'socialInsurance',
	'unemployedReason',
	'incomeSource',
	'note',
] as const;
export type EmploymentValues = Record<(typeof EMPLOYMENT_FIELDS)[number], string>;

/** The submitted form as typed; nothing chosen yet on a first visit. */
export function readEmploymentValues(form: FormData | null): EmploymentValues {
	return formValues(form, EMPLOYMENT_FIELDS);
}

const orNull = (v: string) => (v === '' ? null : v);

/**
 * The form as the API takes it, checked with the API's own schema. Without JavaScript both
 * parts of the form are sent; only the part for the chosen situation is kept.
 */
export function parseEmployment(v: EmploymentValues) {
	const employed = v.status === 'employed';
	const unemployed = v.status === 'unemployed';
	const body = {
		status: orNull(v.status) ?? undefined,
		form: employed ? orNull(v.form) : null,
		employerName: employed ? v.employerName : '',
		startedOn: employed ? orNull(v.startedOn) : null,
		contract: employed ? orNull(v.contract) : null,
		socialInsurance: employed && v.socialInsurance ? v.socialInsurance === 'yes' : null,
		unemployedReason: unemployed ? orNull(v.unemployedReason) : null,
		incomeSource: unemployed ? orNull(v.incomeSource) : null,
		note: v.note,
	};
	const parsed = EmploymentRecordInputSchema.safeParse(body);
	return parsed.success
		? { success: true as const, data: parsed.data as EmploymentRecordInput }
		: { success: false as const, error: parsed.error };
}
