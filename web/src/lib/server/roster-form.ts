import type { z } from 'zod';
import {
	DisabledEmployeeBodySchema,
	UpdateDisabledEmployeeBodySchema,
	type DisabledEmployee,
} from '@ronghe/contracts';
import { parseNumber } from '../form-values';
import { fieldErrors } from './problems';

export const EMPLOYEE_FIELDS = [
	'displayName',
	'certificateKind',
	'certificateNumber',
	'idNumber',
	'level',
	'certificateValidUntil',
	'contractStart',
	'contractEnd',
	'monthlyWage',
	'insuranceMonths',
	'monthsCounted',
] as const;
export type EmployeeField = (typeof EMPLOYEE_FIELDS)[number];
export type EmployeeValues = Record<EmployeeField, string>;

/** What was typed, as text, so a failed try shows it again. */
export function readEmployeeForm(form: FormData | null): EmployeeValues {
	return Object.fromEntries(
		EMPLOYEE_FIELDS.map((f) => [f, String(form?.get(f) ?? '').trim()]),
	) as EmployeeValues;
}

/** A stored row as form values; the number is never sent back (an empty field keeps it). */
export function employeeValues(e: DisabledEmployee): EmployeeValues {
	return {
		displayName: e.displayName,
		certificateKind: e.certificateKind,
		certificateNumber: '',
		idNumber: '',
		level: String(e.level),
		certificateValidUntil: e.certificateValidUntil ?? '',
		contractStart: e.contractStart ?? '',
		contractEnd: e.contractEnd ?? '',
		monthlyWage: e.monthlyWage === null ? '' : String(e.monthlyWage),
		insuranceMonths: String(e.insuranceMonths),
		monthsCounted: String(e.monthsCounted),
	};
}

export const EMPTY_EMPLOYEE: EmployeeValues = {
	...(Object.fromEntries(EMPLOYEE_FIELDS.map((f) => [f, ''])) as EmployeeValues),
	certificateKind: 'disability',
	insuranceMonths: '12',
	monthsCounted: '12',
};

const toBody = (v: EmployeeValues) => ({
	...v,
	idNumber: v.idNumber || undefined,
	certificateNumber: v.certificateNumber || undefined,
	level: parseNumber(v.level),
	monthlyWage: parseNumber(v.monthlyWage),
	insuranceMonths: parseNumber(v.insuranceMonths),
	monthsCounted: parseNumber(v.monthsCounted),
});
const failed = (error: z.ZodError) => ({
	ok: false as const,
	...fieldErrors(error, EMPLOYEE_FIELDS),
});

/** The new row's API body, checked with the API's own schema: messages by field, in Chinese. */
export function parseNewEmployee(v: EmployeeValues) {
	const parsed = DisabledEmployeeBodySchema.safeParse(toBody(v));
	return parsed.success ? { ok: true as const, body: parsed.data } : failed(parsed.error);
}

/** An edit's API body; an empty number keeps the stored one. */
export function parseEmployeeUpdate(v: EmployeeValues) {
	const parsed = UpdateDisabledEmployeeBodySchema.safeParse(toBody(v));
	return parsed.success ? { ok: true as const, body: parsed.data } : failed(parsed.error);
}
