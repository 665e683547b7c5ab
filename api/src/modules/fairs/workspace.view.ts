import type { Contact, FairNeed, QueueEntry } from '@ronghe/contracts';
import type { BoothRepsRepository } from './booth-reps.repository.js';

type QueueRow = Awaited<ReturnType<BoothRepsRepository['queue']>>[number];
type ContactRow = Awaited<ReturnType<BoothRepsRepository['contacts']>>[number];
type AppRow = Awaited<ReturnType<BoothRepsRepository['applications']>>[number];

/** The queue as reps see it: waiting seekers numbered in order, then chats, then ended ones. */
export function toQueue(rows: QueueRow[]): QueueEntry[] {
	let waiting = 0;
	return rows.map((r) => {
		const needs = (r.needs ?? []) as FairNeed[];
		return {
			id: r.entry.id,
			personId: r.entry.personId,
			name: r.name,
			status: r.entry.status,
			position: r.entry.status === 'waiting' ? (waiting += 1) : 0,
			joinedAt: r.entry.joinedAt.toISOString(),
			needs,
			textOnly: needs.includes('text_only') || needs.includes('sign_interpreter'),
			repUserId: r.entry.repUserId,
			repName: r.repName,
		};
	});
}

export function toContacts(rows: ContactRow[], apps: AppRow[]): Contact[] {
	return rows.map((r) => {
		const a = apps.find((x) => x.personId === r.contact.personId);
		return {
			personId: r.contact.personId,
			name: r.name,
			note: r.contact.note,
			rating: r.contact.rating,
			interest: r.contact.interest,
			intentionAt: r.contact.intentionAt?.toISOString() ?? null,
			applicationId: a?.id ?? null,
			applicationStatus: a?.status ?? null,
		};
	});
}
