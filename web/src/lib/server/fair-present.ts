import {
	FAIR_MODE_LABELS,
	FAIR_STATE_LABELS,
	FAIR_THEME_LABELS,
	type Fair,
	type FairDetail,
} from '@ronghe/contracts';
import { formatDateRange, formatDateTime } from '$lib/format';
import { chinaDay, clockOf } from './fair-clock';

/** A fair as the organisers' pages show it: its state and its days in words. */
export function presentStaffFair(f: Fair) {
	const opens = clockOf(f.opensAtMinute);
	const closes = clockOf(f.closesAtMinute) || '24:00';
	return {
		id: f.id,
		title: f.title,
		state: f.state,
		stateLabel: FAIR_STATE_LABELS[f.state],
		themeLabel: FAIR_THEME_LABELS[f.theme],
		modeLabel: FAIR_MODE_LABELS[f.mode],
		days: formatDateRange(chinaDay(f.startsAt), chinaDay(f.endsAt)),
		hours: `每天 ${opens} 至 ${closes}`,
		venue: f.venue,
		organizer: f.organizer,
		boothDeadline: f.boothDeadline ? formatDateTime(f.boothDeadline) : null,
	};
}

/** How many booths wait for a decision, and how many were decided each way. */
export function boothCounts(booths: FairDetail['booths']) {
	const count = (status: string) => booths.filter((b) => b.status === status).length;
	return { pending: count('pending'), approved: count('approved'), refused: count('refused') };
}
