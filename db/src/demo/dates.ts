// Calendar helpers in China Standard Time (UTC+8, no daylight saving), independent of the
// machine's time zone so that the demo data is the same everywhere.

export const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** The default `now` of the demo data: a fixed moment, never the clock. */
export const DEFAULT_DEMO_NOW = new Date('2026-11-28T08:00:00+08:00');

export function addDays(date: Date, days: number): Date {
	return new Date(date.getTime() + days * DAY_MS);
}

/** Year, month (1–12) and day of a moment as seen in China. */
export function cstParts(date: Date): { year: number; month: number; day: number } {
	const shifted = new Date(date.getTime() + CST_OFFSET_MS);
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
	};
}

/** A wall-clock time in China; month is 1–12 and overflowing days roll over like `Date.UTC`. */
export function cstDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
	return new Date(Date.UTC(year, month - 1, day, hour, minute) - CST_OFFSET_MS);
}

/** `YYYY-MM-DD` of a moment in China (the `date` column format). */
export function toDateString(date: Date): string {
	const { year, month, day } = cstParts(date);
	return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYYMMDD` as used inside the ID number. */
export function toCompactDate(date: Date): string {
	return toDateString(date).replaceAll('-', '');
}

function pad2(n: number): string {
	return String(n).padStart(2, '0');
}
