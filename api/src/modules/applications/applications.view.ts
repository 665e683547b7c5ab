import type { RejectionReason } from '@ronghe/contracts';
import type { Application, ApplicationEvent as ApplicationEventRow } from '@ronghe/db/schema';
import { RuleViolationError } from '../../errors.js';
import type { AuthUser } from '../auth/auth.service.js';

/** How applications read: dates, reasons, the timeline, and whose application it is. */

export const iso = (d: Date) => d.toISOString();
export const reasonOf = (r: string | null) => (r as RejectionReason | null) ?? null;

/**
 * The history rows of one application; one made before history was kept (the demo's) shows its
 * submission and its present status instead.
 */
export function timeline(a: Application, rows: ApplicationEventRow[]) {
	if (rows.length === 0) {
		const first = {
			status: 'submitted' as const,
			at: iso(a.createdAt),
			note: a.note,
			reason: null,
		};
		const now = {
			status: a.status,
			at: iso(a.statusChangedAt),
			note: '',
			reason: reasonOf(a.reason),
		};
		return a.status === 'submitted' ? [first] : [first, now];
	}
	return rows.map((e) => ({
		status: e.status,
		at: iso(e.createdAt),
		note: e.note,
		reason: reasonOf(e.reason),
	}));
}

/** The seeker's own registry record; an account not yet linked to one cannot apply. */
export function personOf(user: AuthUser): string {
	if (!user.personId)
		throw new RuleViolationError(
			'no_registration',
			'您的账户还没有关联求职登记，请先完成登记或联系乡镇专职委员。',
		);
	return user.personId;
}
