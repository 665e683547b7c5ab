import type { Db } from '@ronghe/db';
import { fairFollowUps } from '@ronghe/db/schema';

/** 回访: days after a hire made at a fair when staff or the employer visit again. */
export const FOLLOW_UP_DAYS = [30, 60, 90] as const;

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
