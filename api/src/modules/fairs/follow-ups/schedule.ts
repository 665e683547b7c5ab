import { FOLLOW_UP_DAYS } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { fairFollowUps } from '@ronghe/db/schema';

/** Schedules the follow-up visits of a hire made at a fair; scheduling twice changes nothing. */
export async function scheduleFollowUps(tx: Db, applicationId: string, hiredAt: Date) {
	await tx
		.insert(fairFollowUps)
		.values(
			FOLLOW_UP_DAYS.map((day) => ({
				applicationId,
				day,
				dueAt: new Date(hiredAt.getTime() + day * 86_400_000),
			})),
		)
		.onConflictDoNothing();
}
