import {
	EMPLOYER_KIND_LABELS,
	FAIR_MODE_LABELS,
	FAIR_NEED_LABELS,
	FAIR_STATUS_LABELS,
	FAIR_THEME_LABELS,
	type Booth,
	type FairDetail,
} from '@ronghe/contracts';

const hhmm = (minute: number) =>
	`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** “1月12日 09:15–09:30” in China time. */
export function slotText(startsAt: string, endsAt: string): string {
	const local = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000);
	const s = local(startsAt);
	const e = local(endsAt);
	const t = (d: Date) =>
		`${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
	return `${s.getUTCMonth() + 1}月${s.getUTCDate()}日 ${t(s)}–${t(e)}`;
}

/** The day an instant falls on in China, as YYYY-MM-DD. */
const chinaDay = (iso: string) =>
	new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

const presentBooth = (b: Booth) => ({
	...b,
	kindLabel: EMPLOYER_KIND_LABELS[b.employerKind],
});

/** A fair for its page: labels, booths grouped by zone, desks apart, the seeker's requests. */
export function presentFairDetail(f: FairDetail) {
	const booths = f.booths.map(presentBooth);
	const zones = f.zones
		.filter((z) => z.kind === 'zone')
		.map((z) => ({ ...z, booths: booths.filter((b) => b.zoneId === z.id) }))
		.filter((z) => z.booths.length);
	const zoned = new Set(zones.flatMap((z) => z.booths.map((b) => b.id)));
	const others = booths.filter((b) => !zoned.has(b.id));
	if (others.length)
		zones.push({ id: 'other', kind: 'zone', name: '其他单位', description: '', booths: others });
	return {
		...f,
		themeLabel: FAIR_THEME_LABELS[f.theme],
		modeLabel: FAIR_MODE_LABELS[f.mode],
		statusLabel: FAIR_STATUS_LABELS[f.status],
		hours: `${hhmm(f.opensAtMinute)}–${hhmm(f.closesAtMinute)}`,
		startDay: chinaDay(f.startsAt),
		endDay: chinaDay(f.endsAt),
		booths,
		zones,
		desks: f.zones.filter((z) => z.kind === 'desk'),
		needs: Object.entries(FAIR_NEED_LABELS).map(([value, label]) => ({
			value,
			label,
			checked: f.registration?.needs.includes(value as never) ?? false,
		})),
		myBookings: f.myBookings.map((b) => ({
			...b,
			when: slotText(b.startsAt, b.endsAt),
			// only a web address becomes a link; a phone number or meeting number stays text
			linkHref: /^https?:\/\//i.test(b.link) ? b.link : null,
		})),
	};
}

export type FairView = ReturnType<typeof presentFairDetail>;
