import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employers, fairBookings, fairBooths, fairInterpreters } from '@ronghe/db/schema';
import type { Notifier } from '../alerts/notifier.js';
import type { ApplicationsRepository } from '../applications/applications.repository.js';
import { slotLabel } from './fair-times.js';

type Deps = {
	db: Db;
	apps: Pick<ApplicationsRepository, 'seekerUsers'>;
	notifier: Notifier;
	now: () => Date;
};

/** How long before an interview the seeker is reminded. */
export const REMINDER_MINUTES = 30;

/**
 * Reminds seekers of interviews starting within the next 30 minutes. Run every minute or so by
 * the background tick; the dedupe key makes each reminder once, however many processes run it.
 */
export function createInterviewReminders({ db, apps, notifier, now }: Deps) {
	return async function remindInterviews(): Promise<number> {
		const at = now();
		const soon = await db
			.select({
				booking: fairBookings,
				employerName: employers.name,
				interpreter: fairInterpreters.name,
			})
			.from(fairBookings)
			.innerJoin(fairBooths, eq(fairBooths.id, fairBookings.boothId))
			.innerJoin(employers, eq(employers.id, fairBooths.employerId))
			.leftJoin(fairInterpreters, eq(fairInterpreters.id, fairBookings.interpreterId))
			.where(
				and(
					eq(fairBookings.status, 'booked'),
					gt(fairBookings.startsAt, at),
					lte(fairBookings.startsAt, new Date(at.getTime() + REMINDER_MINUTES * 60_000)),
				),
			);
		let sent = 0;
		for (const s of soon)
			await db.transaction(async (tx) => {
				for (const userId of await apps.seekerUsers(tx, s.booking.personId))
					if (
						await notifier.send(tx, {
							userId,
							kind: 'fair_reminder',
							title: `半小时后面试：${s.employerName}`,
							body: `${slotLabel(s.booking)}${s.interpreter ? `，手语翻译：${s.interpreter}` : ''}`,
							link: `/fairs/${s.booking.fairId}/booths/${s.booking.boothId}`,
							dedupeKey: `fair_reminder:${s.booking.id}:${userId}`,
						})
					)
						sent += 1;
			});
		return sent;
	};
}
