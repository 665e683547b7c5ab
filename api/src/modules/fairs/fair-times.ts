/**
 * Fair times. A fair runs from its first to its last day (China time, UTC+8 all year), each day
 * from `opensAtMinute` to `closesAtMinute`; a booth's interview slots fill those hours.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Midnight China time of the day `at` falls on, as an instant. */
export function chinaMidnight(at: Date): Date {
	const local = at.getTime() + CHINA_OFFSET_MS;
	return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - CHINA_OFFSET_MS);
}

type Hours = { startsAt: Date; endsAt: Date; opensAtMinute: number; closesAtMinute: number };

/** Each day's opening hours of the fair, as instants. */
export function openingPeriods(f: Hours): { startsAt: Date; endsAt: Date }[] {
	const out: { startsAt: Date; endsAt: Date }[] = [];
	for (
		let day = chinaMidnight(f.startsAt);
		day <= f.endsAt;
		day = new Date(day.getTime() + DAY_MS)
	) {
		out.push({
			startsAt: new Date(day.getTime() + f.opensAtMinute * 60_000),
			endsAt: new Date(day.getTime() + f.closesAtMinute * 60_000),
		});
		if (out.length > 60) break; // a fair of more than two months is a typing error
	}
	return out;
}

/** Back-to-back slots of `minutes` over the fair's opening hours (a short rest is not cut out). */
export function slotTimes(f: Hours, minutes: number): { startsAt: Date; endsAt: Date }[] {
	const step = minutes * 60_000;
	return openingPeriods(f).flatMap((p) => {
		const slots: { startsAt: Date; endsAt: Date }[] = [];
		for (let t = p.startsAt.getTime(); t + step <= p.endsAt.getTime(); t += step)
			slots.push({ startsAt: new Date(t), endsAt: new Date(t + step) });
		return slots;
	});
}

/** “1月12日 09:00–09:15” in China time. */
export function slotLabel(s: { startsAt: Date; endsAt: Date }): string {
	const f = (d: Date, withDay: boolean) => {
		const l = new Date(d.getTime() + CHINA_OFFSET_MS);
		const hm = `${String(l.getUTCHours()).padStart(2, '0')}:${String(l.getUTCMinutes()).padStart(2, '0')}`;
		return withDay ? `${l.getUTCMonth() + 1}月${l.getUTCDate()}日 ${hm}` : hm;
	};
	return `${f(s.startsAt, true)}–${f(s.endsAt, false)}`;
}

/** “2027年1月12日” in China time, as the site writes dates (without the weekday in a sentence). */
export function chinaDate(at: Date): string {
	const l = new Date(at.getTime() + CHINA_OFFSET_MS);
	return `${l.getUTCFullYear()}年${l.getUTCMonth() + 1}月${l.getUTCDate()}日`;
}
