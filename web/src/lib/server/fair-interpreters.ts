import { InterpretersInputSchema, type FairDetail, type Problem } from '@ronghe/contracts';
import { formText } from '$lib/form-values';
import { chinaClock, chinaDay, chinaInstant, clockOf, isDay, minutesOf } from './fair-clock';
import { issuesOf, problemMessage } from './problems';

/*
 * The interpreter pool editor works without JavaScript: the form has a fixed number of rows
 * (every interpreter with room for one more free period, at least three, and empty rows for new
 * interpreters). Field names are also the fields' ids: `i0-name`, `i0-p1-day`, `i0-p1-from`…
 * Hidden `rows` and `i0-periods` say how many rows were shown, so the page comes back the same.
 */

export type PeriodRow = { day: string; from: string; to: string };
export type InterpreterRow = {
	name: string;
	remove: boolean;
	saved: boolean;
	periods: PeriodRow[];
};
/** Messages by the id of the field they are about (`i0-name`, or a period's `i0-p1`). */
export type RowErrors = Record<string, string>;

const MAX_ROWS = 60;
const PERIODS = 3;
const NEW_ROWS = 2;

const empty = (): PeriodRow => ({ day: '', from: '', to: '' });
const pad = (periods: PeriodRow[]) => [
	...periods,
	...Array.from({ length: Math.max(PERIODS, periods.length + 1) - periods.length }, empty),
];
const blankRow = (): InterpreterRow => ({
	name: '',
	remove: false,
	saved: false,
	periods: pad([]),
});

/** The pool as the editor shows it: each saved interpreter, then empty rows for new ones. */
export function interpreterRows(pool: FairDetail['interpreters']): InterpreterRow[] {
	const saved = pool.map((i) => ({
		name: i.name,
		remove: false,
		saved: true,
		periods: pad(
			i.hours.map((h) => ({
				day: chinaDay(h.startsAt),
				from: chinaClock(h.startsAt),
				to: chinaClock(h.endsAt),
			})),
		),
	}));
	const blanks = Math.max(NEW_ROWS, PERIODS - saved.length);
	return [...saved, ...Array.from({ length: blanks }, blankRow)];
}

const count = (form: FormData, name: string) =>
	Math.min(MAX_ROWS, Math.max(0, Math.trunc(Number(form.get(name))) || 0));

/** The rows as typed, in the shape they were shown. */
export function readInterpreterRows(form: FormData): InterpreterRow[] {
	return Array.from({ length: count(form, 'rows') }, (_, n) => ({
		name: formText(form, `i${n}-name`),
		remove: form.get(`i${n}-remove`) === 'yes',
		saved: form.get(`i${n}-saved`) === 'yes',
		periods: Array.from({ length: count(form, `i${n}-periods`) }, (_, m) => ({
			day: formText(form, `i${n}-p${m}-day`),
			from: formText(form, `i${n}-p${m}-from`),
			to: formText(form, `i${n}-p${m}-to`),
		})),
	}));
}

function periodError(p: PeriodRow): string | null {
	if (!p.day || !p.from || !p.to) return '请把日期、开始时间和结束时间都填上。';
	if (!isDay(p.day)) return '日期不对，请按 2027-01-12 这样填写。';
	const [from, to] = [minutesOf(p.from), minutesOf(p.to)];
	if (from === null || to === null) return '时间不对，请按 09:00 这样填写。';
	return to > from ? null : '结束时间要晚于开始时间。';
}

type Body = { interpreters: { name: string; hours: { startsAt: string; endsAt: string }[] }[] };
/** Where each interpreter and period of the body came from: `[row, [period rows]]`. */
type Origin = [number, number[]][];

/** The pool to save, or the messages by field. Removed and untouched rows are left out. */
export function parseInterpreters(rows: InterpreterRow[]): {
	body: Body;
	origin: Origin;
	errors: RowErrors;
} {
	const errors: RowErrors = {};
	const body: Body = { interpreters: [] };
	const origin: Origin = [];
	rows.forEach((row, n) => {
		const filled = row.periods.flatMap((p, m) => (p.day || p.from || p.to ? [m] : []));
		if (row.remove || (!row.name && !filled.length)) return;
		if (!row.name) errors[`i${n}-name`] = '请填写翻译的姓名。';
		else if (row.name.length > 40) errors[`i${n}-name`] = '姓名不超过 40 个字。';
		else if (body.interpreters.some((i) => i.name === row.name))
			errors[`i${n}-name`] = '翻译的姓名不能重复。';
		for (const m of filled) {
			const problem = periodError(row.periods[m]!);
			if (problem) errors[`i${n}-p${m}`] = problem;
		}
		const hours = filled.map((m) => {
			const p = row.periods[m]!;
			// `9:00` typed where the browser has no time picker is sent as 09:00
			const at = (clock: string) => chinaInstant(p.day, clockOf(minutesOf(clock) ?? 0));
			return { startsAt: at(p.from), endsAt: at(p.to) };
		});
		body.interpreters.push({ name: row.name, hours });
		origin.push([n, filled]);
	});
	if (!Object.keys(errors).length && !InterpretersInputSchema.safeParse(body).success)
		errors['i0-name'] = '翻译名单有误，请检查后再保存。';
	return { body, origin, errors };
}

/** The API's messages on the rows they are about (its pointers count the rows it was sent). */
export function problemRowErrors(problem: Problem, origin: Origin): RowErrors {
	const errors: RowErrors = {};
	for (const { path, message } of issuesOf(problem)) {
		const [, k, part, j] = path;
		const from = typeof k === 'number' ? origin[k] : undefined;
		if (!from) continue;
		const period = part === 'hours' && typeof j === 'number' ? from[1][j] : undefined;
		const id = period === undefined ? `i${from[0]}-name` : `i${from[0]}-p${period}`;
		errors[id] = /\p{Script=Han}/u.test(message) ? message : problemMessage(problem);
	}
	return errors;
}
