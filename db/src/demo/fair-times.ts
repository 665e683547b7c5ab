// Fair times for the demo fairs, in China time (UTC+8 all year). The same rules as the API's
// `api/src/modules/fairs/fair-times.ts` (the db package cannot import the API): a fair runs each
// day from `opensAtMinute` to `closesAtMinute`, and an approved booth's slots fill those hours.
import { DAY_MS } from './dates.js';
import type { Random } from './random.js';

const CHINA_OFFSET_MS = 8 * 3_600_000;
export const MINUTE_MS = 60_000;

export type Period = { startsAt: Date; endsAt: Date };
export type FairHours = Period & { opensAtMinute: number; closesAtMinute: number };

/** Midnight China time of the day `at` falls on, as an instant. */
export function chinaMidnight(at: Date): Date {
	const local = at.getTime() + CHINA_OFFSET_MS;
	return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - CHINA_OFFSET_MS);
}

/** Each day's opening hours of the fair, as instants. */
export function openingPeriods(f: FairHours): Period[] {
	const out: Period[] = [];
	for (let day = chinaMidnight(f.startsAt); day <= f.endsAt && out.length < 60;) {
		out.push({
			startsAt: new Date(day.getTime() + f.opensAtMinute * MINUTE_MS),
			endsAt: new Date(day.getTime() + f.closesAtMinute * MINUTE_MS),
		});
		day = new Date(day.getTime() + DAY_MS);
	}
	return out;
}

/** Back-to-back slots of `minutes` over the fair's opening hours, as the API makes them. */
export function slotTimes(f: FairHours, minutes: number): Period[] {
	const step = minutes * MINUTE_MS;
	return openingPeriods(f).flatMap((p) => {
		const slots: Period[] = [];
		for (let t = p.startsAt.getTime(); t + step <= p.endsAt.getTime(); t += step)
			slots.push({ startsAt: new Date(t), endsAt: new Date(t + step) });
		return slots;
	});
}

/**
 * A moment inside the fair's opening hours and before `until`, leaving `room` minutes of the
 * day after it; the fair's first opening when no such moment exists.
 */
export function momentOpen(rng: Random, f: FairHours, until: Date, room = 0): Date {
	const periods = openingPeriods(f)
		.map((p) => ({
			startsAt: p.startsAt,
			endsAt: new Date(Math.min(p.endsAt.getTime() - room * MINUTE_MS, until.getTime())),
		}))
		.filter((p) => p.endsAt > p.startsAt);
	if (!periods.length) return openingPeriods(f)[0]?.startsAt ?? f.startsAt;
	const p = rng.pick(periods);
	return rng.dateBetween(p.startsAt, p.endsAt);
}

export function addMinutes(at: Date, minutes: number): Date {
	return new Date(at.getTime() + minutes * MINUTE_MS);
}

export function earlier(a: Date, b: Date): Date {
	return a <= b ? a : b;
}

export function later(a: Date, b: Date): Date {
	return a >= b ? a : b;
}

/** Busy periods per key (a seeker, an interpreter): nothing is taken twice at once. */
export function createCalendar() {
	const busy = new Map<string, Period[]>();
	const free = (key: string, p: Period) =>
		!(busy.get(key) ?? []).some((b) => b.startsAt < p.endsAt && p.startsAt < b.endsAt);
	return {
		free,
		take(key: string, p: Period) {
			busy.set(key, [...(busy.get(key) ?? []), p]);
		},
	};
}
export type Calendar = ReturnType<typeof createCalendar>;
