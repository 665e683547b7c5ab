import {
	BOOTH_STATUS_LABELS,
	FAIR_MODE_LABELS,
	FAIR_NEED_LABELS,
	type Booth,
	type Fair,
	type FairNeed,
} from '@ronghe/contracts';
import { formatDateRange, formatDateTime } from '$lib/format';

/*
 * Fairs as an employer's pages show them (issue 14 §2): the days and hours in China time, the
 * booth deadline, and the unit's own booth in plain words.
 */

const CHINA_OFFSET_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');
const china = (iso: string) => new Date(Date.parse(iso) + CHINA_OFFSET_MS);
const clock = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

/** `2027-01-12T01:15:00Z` → `09:15`, the clock in China. */
export const chinaClock = (iso: string) => clock(china(iso));

/** A slot as reps pick it: `1月12日 09:15–09:30` in China time. */
export function slotLabel(startsAt: string, endsAt: string): string {
	const s = china(startsAt);
	return `${s.getUTCMonth() + 1}月${s.getUTCDate()}日 ${clock(s)}–${chinaClock(endsAt)}`;
}

const minuteClock = (m: number) =>
	m >= 1440 ? '24:00' : `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** The seeker's requests as labels: `手语翻译`, `只用文字交流`. */
export const needLabels = (needs: readonly FairNeed[]) => needs.map((n) => FAIR_NEED_LABELS[n]);

/** Whether booths can still be applied for or changed (the API says the same with a 422). */
export function boothsOpen(f: Pick<Fair, 'state' | 'boothDeadline'>, now = new Date()): boolean {
	if (f.state !== 'published' && f.state !== 'open') return false;
	return !f.boothDeadline || Date.parse(f.boothDeadline) >= now.getTime();
}

/** A fair's facts for an employer: when, how, and until when booths are taken. */
export function fairFacts(f: Fair) {
	return {
		id: f.id,
		title: f.title,
		state: f.state,
		stateLabel: f.state === 'open' ? '正在进行' : f.state === 'closed' ? '已经结束' : '即将开始',
		days: formatDateRange(
			china(f.startsAt).toISOString().slice(0, 10),
			china(f.endsAt).toISOString().slice(0, 10),
		),
		hours: `每天 ${minuteClock(f.opensAtMinute)} 至 ${minuteClock(f.closesAtMinute)}`,
		modeLabel: FAIR_MODE_LABELS[f.mode],
		deadline: f.boothDeadline
			? formatDateTime(f.boothDeadline)
			: '没有截止时间，招聘会结束前都可以',
		boothsOpen: boothsOpen(f),
	};
}

/** The unit's booth: its status in words, the reason staff gave, and whether I am one of its reps. */
export function myBoothFacts(booth: Booth | null, meId: string) {
	if (!booth) return null;
	return {
		id: booth.id,
		status: booth.status,
		statusLabel: BOOTH_STATUS_LABELS[booth.status],
		reason: booth.reason,
		isRep: booth.reps.some((r) => r.userId === meId),
		owner: booth.reps.find((r) => r.role === 'owner')?.name ?? null,
	};
}
