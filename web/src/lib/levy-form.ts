import type { LevyEstimateBody } from '@ronghe/contracts';
import { parseNumber, formText as text } from './form-values';

export const MIN_ROWS = 3;
export const MAX_ROWS = 50;

export type LevyRowValues = { certificate: string; level: string; months: string };
export type LevyFormValues = {
	collectionYear: string;
	employerKind: string;
	averageStaff: string;
	monthlyStaff: string[];
	wageBill: string;
	localAverageWage: string;
	rows: LevyRowValues[];
};

/** Field keys: `wageBill`, `monthlyStaff.3`, `rows.0.level` — the same keys as the inputs' ids. */
export type LevyFieldErrors = Record<string, string[]>;

/** The 12 monthly headcounts as typed (`monthlyStaff.0` … `monthlyStaff.11`). */
export function readMonthlyStaff(form: FormData): string[] {
	return Array.from({ length: 12 }, (_, i) => text(form, `monthlyStaff.${i}`));
}

/**
 * The monthly headcounts for an API body: left out when none was typed (the average is used),
 * otherwise all 12, an empty month kept as '' so the schema names it.
 */
export function monthlyStaffBody(monthly: readonly string[]): (number | string)[] | undefined {
	return monthly.some((m) => m !== '') ? monthly.map((m) => parseNumber(m) ?? '') : undefined;
}

/** An employer's own figures for a year (the quota page): as typed, and as the API body. */
export function readQuotaFigures(form: FormData) {
	const values = {
		averageStaff: text(form, 'averageStaff'),
		monthlyStaff: readMonthlyStaff(form),
		wageBill: text(form, 'wageBill'),
	};
	const body = {
		monthlyStaff: monthlyStaffBody(values.monthlyStaff),
		averageStaff: parseNumber(values.averageStaff),
		wageBill: parseNumber(values.wageBill),
	};
	return { values, body };
}

/** The what-if of one more hire: as typed, and as the API body. */
export function readWhatIf(form: FormData) {
	const values = {
		certificate: String(form.get('certificate') ?? 'disability'),
		level: text(form, 'level'),
		fromMonth: text(form, 'fromMonth'),
	};
	const body = {
		certificate: values.certificate,
		level: parseNumber(values.level),
		fromMonth: parseNumber(values.fromMonth),
	};
	return { values, body };
}

export function emptyValues(collectionYear: string, rows = MIN_ROWS): LevyFormValues {
	return {
		collectionYear,
		employerKind: 'enterprise',
		averageStaff: '',
		monthlyStaff: Array<string>(12).fill(''),
		wageBill: '',
		localAverageWage: '',
		rows: Array.from({ length: rows }, () => ({
			certificate: 'disability',
			level: '',
			months: '',
		})),
	};
}

/** What was typed, kept as text so the page can show it again. */
export function readLevyForm(form: FormData, extraRows = 0): LevyFormValues {
	const count = Math.min(MAX_ROWS, Math.max(MIN_ROWS, Number(text(form, 'rows')) || MIN_ROWS));
	const values = emptyValues(text(form, 'collectionYear'), Math.min(MAX_ROWS, count + extraRows));
	values.employerKind = text(form, 'employerKind');
	values.averageStaff = text(form, 'averageStaff');
	values.monthlyStaff = readMonthlyStaff(form);
	values.wageBill = text(form, 'wageBill');
	values.localAverageWage = text(form, 'localAverageWage');
	values.rows = values.rows.map((row, i) => ({
		certificate: text(form, `rows.${i}.certificate`) || row.certificate,
		level: text(form, `rows.${i}.level`),
		months: text(form, `rows.${i}.months`),
	}));
	return values;
}

/** The API body, and for each employee in it the form row it came from (empty rows are left out). */
export function toLevyBody(v: LevyFormValues): { body: LevyEstimateBody; rowOf: number[] } {
	const rowOf: number[] = [];
	const disabledEmployees = v.rows.flatMap((row, i) => {
		if (row.level === '' && row.months === '') return [];
		rowOf.push(i);
		return [
			{
				certificate: row.certificate as 'disability',
				level: parseNumber(row.level) as number,
				months: parseNumber(row.months) as number,
			},
		];
	});
	const body = {
		collectionYear: parseNumber(v.collectionYear),
		employerKind: v.employerKind || undefined,
		monthlyStaff: monthlyStaffBody(v.monthlyStaff),
		averageStaff: parseNumber(v.averageStaff),
		wageBill: parseNumber(v.wageBill),
		localAverageWage: parseNumber(v.localAverageWage),
		disabledEmployees,
	} as LevyEstimateBody;
	return { body, rowOf };
}

/** Error paths of the body (`disabledEmployees/1/level`) as the form's field keys (`rows.4.level`). */
export function fieldKey(path: readonly (string | number)[], rowOf: readonly number[]): string {
	if (path[0] === 'disabledEmployees' && typeof path[1] === 'number') {
		const rest = path.slice(2);
		return ['rows', rowOf[path[1]] ?? path[1], ...(rest.length ? rest : ['level'])].join('.');
	}
	return path.length ? path.join('.') : 'form';
}

export function addError(errors: LevyFieldErrors, key: string, message: string) {
	const list = (errors[key] ??= []);
	if (!list.includes(message)) list.push(message);
}

/**
 * Messages by field key. Months left empty among filled ones get one message instead of one per
 * month; a month's own message says which month it is.
 */
export function collectErrors(
	values: Pick<LevyFormValues, 'monthlyStaff'>,
	rowOf: readonly number[],
	items: { path: readonly (string | number)[]; message: string }[],
): LevyFieldErrors {
	const errors: LevyFieldErrors = {};
	const missing = values.monthlyStaff.flatMap((m, i) => (m === '' ? [i + 1] : []));
	const partial = missing.length > 0 && missing.length < 12;
	if (partial)
		addError(
			errors,
			'monthlyStaff',
			`还有 ${missing.length} 个月没填（${missing.map((m) => `${m} 月`).join('、')}）。12 个月都要填，或者只填平均职工人数。`,
		);
	for (const { path, message } of items) {
		const key = fieldKey(path, rowOf);
		const month = /^monthlyStaff\.(\d+)$/.exec(key);
		if (month && partial && values.monthlyStaff[Number(month[1])] === '') continue;
		addError(errors, key, month ? `${Number(month[1]) + 1} 月：${message}` : message);
	}
	return errors;
}
