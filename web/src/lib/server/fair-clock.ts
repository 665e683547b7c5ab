/*
 * Fair times as the organisers' forms show them: a calendar day and a clock time in China time
 * (UTC+8 all year, as the API reads a fair's days), whatever time zone the server runs in.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2027-01-12T01:00:00Z` → `2027-01-12`, the day in China. */
export function chinaDay(iso: string): string {
	return new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2027-01-12T01:00:00Z` → `09:00`, the clock in China. */
export function chinaClock(iso: string): string {
	return new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(11, 16);
}

/** 540 → `09:00`; the end of the day (1440) has no clock time and shows empty. */
export function clockOf(minutes: number): string {
	if (minutes < 0 || minutes >= 1440) return '';
	return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `09:00` or `9:00` (or `9：00`) → 540; anything else is null. */
export function minutesOf(clock: string): number | null {
	const m = /^(\d{1,2})[:：](\d{2})$/.exec(clock.trim());
	if (!m) return null;
	const [h, min] = [Number(m[1]), Number(m[2])];
	return h < 24 && min < 60 ? h * 60 + min : null;
}

/** A real calendar day written `YYYY-MM-DD`. */
export function isDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const d = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day);
}

/** A day and a clock time in China as an instant with its offset: `2027-01-12T09:00:00+08:00`. */
export function chinaInstant(day: string, clock: string): string {
	return `${day}T${clock}:00+08:00`;
}
