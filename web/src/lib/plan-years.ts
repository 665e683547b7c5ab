import { chinaToday } from './format';

/** The plan runs from 2021 (the 14th Five-Year plan's first year). */
export const FIRST_YEAR = 2021;

/** This year in the county (China time). */
export const currentYear = (now = new Date()) => Number(chinaToday(now).slice(0, 4));

/** The years to choose from, newest first: 2021 … this year. */
export const yearChoices = (current = currentYear()) =>
	Array.from({ length: current - FIRST_YEAR + 1 }, (_, i) => current - i);

/** `?year=` when it is one of the choices; else this year, and a sentence saying so. */
export function yearOf(param: string | null, current = currentYear()) {
	if (param === null || param === '') return { year: current, issue: null };
	const n = Number(param);
	if (Number.isInteger(n) && n >= FIRST_YEAR && n <= current) return { year: n, issue: null };
	return {
		year: current,
		issue: `没有“${param.slice(0, 12)}”年的数字（可以看 ${FIRST_YEAR} 年到 ${current} 年），下面是 ${current} 年的。`,
	};
}
