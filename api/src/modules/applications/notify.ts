import { randomUUID } from 'node:crypto';
import {
	APPLICATION_STATUS_LABELS,
	REJECTION_REASON_LABELS,
	type ApplicationStatus,
	type RejectionReason,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { Notifier } from '../alerts/notifier.js';

export type Message = { kind: string; title: string; body: string; link: string };

/** Sends one message to each account, in the caller's transaction. */
export async function notifyAll(notifier: Notifier, tx: Db, userIds: string[], m: Message) {
	const event = randomUUID();
	for (const userId of userIds)
		await notifier.send(tx, { ...m, userId, dedupeKey: `${m.kind}:${event}:${userId}` });
}

/** What the seeker reads when the employer moves an application. */
export function toSeeker(
	status: ApplicationStatus,
	a: { postingTitle: string; employerName: string },
	reason: RejectionReason | null,
	note: string,
): Message {
	const where = `${a.employerName}的“${a.postingTitle}”`;
	const text: Partial<Record<ApplicationStatus, string>> = {
		viewed: `${where}已经看过您的投递。`,
		interview: `${where}想和您约面试，请留意单位的联系。`,
		offered: `${where}有意录用您，请留意单位的联系。`,
		hired: `恭喜！${where}已经录用您。`,
		rejected: `${where}这次没有选择您：${reason ? REJECTION_REASON_LABELS[reason] : ''}。`,
	};
	return {
		kind: 'application',
		title: `投递有新进展：${APPLICATION_STATUS_LABELS[status]}`,
		body: [text[status] ?? '', note ? `单位留言：${note}` : ''].filter(Boolean).join(' '),
		link: '/me/applications',
	};
}
