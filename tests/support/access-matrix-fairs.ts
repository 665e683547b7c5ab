import {
	fairBookings,
	fairBoothPostings,
	fairBoothReps,
	fairBooths,
	fairQueueEntries,
	fairRegistrations,
	fairSlots,
} from '@ronghe/db/schema';
import { createFair } from '../fixtures/factories.js';
import { NOT_EMP1, type Actor, type Check, type Entry, type Probe, type World } from './tenants.js';

/*
 * The access-matrix entries of fairs (issue 14): a draft fair is the organisers' alone, even its
 * counters; everything a seeker or employer does at a fair acts on their own registration, queue
 * place, booking or booth, taken from the session. access-matrix.ts spreads them into MATRIX.
 */

const day = 86_400_000;
const fairs = new WeakMap<World, { draft: string; published: string }>();

async function fairsOf(w: World, db: Parameters<typeof createFair>[0]) {
	const known = fairs.get(w);
	if (known) return known;
	const starts = new Date(Date.now() + 10 * day);
	const ends = new Date(Date.now() + 11 * day);
	const draft = await createFair(db, starts, ends, '草稿招聘会', { state: 'draft' });
	const published = await createFair(db, starts, ends, '已发布招聘会');
	const made = { draft: draft.id, published: published.id };
	fairs.set(w, made);
	return made;
}

/** A draft fair and its counters are hidden from everyone in the matrix; a published one is public. */
const draftHidden =
	(path: string): Check =>
	async (w, h) => {
		const f = await fairsOf(w, w.db);
		await h.others(['anonymous', 'emp1', 'emp2', 'townA', 'seek1'], {
			method: 'GET',
			url: `/api/fairs/${f.draft}${path}`,
		});
		await h.owner('anonymous', { method: 'GET', url: `/api/fairs/${f.published}${path}` });
	};

const chats = new WeakMap<World, string>();

/**
 * A booth chat between seeker 1 and employer 1 (its rep) at an open fair: both are its owners;
 * employer 2, township staff, seeker 2 and anonymous callers get 401 or 404.
 */
async function chatOf(w: World) {
	const known = chats.get(w);
	if (known) return known;
	const now = Date.now();
	const fair = await createFair(w.db, new Date(now - day), new Date(now + day), '进行中招聘会', {
		state: 'open',
	});
	const [booth] = await w.db
		.insert(fairBooths)
		.values({ fairId: fair.id, employerId: w.e1.id, status: 'approved' })
		.returning();
	await w.db.insert(fairBoothReps).values({ boothId: booth!.id, userId: w.users.emp1.user.id });
	await w.db.insert(fairRegistrations).values({ fairId: fair.id, personId: w.s1Person.id });
	const [entry] = await w.db
		.insert(fairQueueEntries)
		.values({ boothId: booth!.id, personId: w.s1Person.id, status: 'chatting' })
		.returning();
	const path = `/api/fairs/${fair.id}/chats/${entry!.id}`;
	chats.set(w, path);
	return path;
}
const CHAT_OTHERS: Actor[] = ['anonymous', 'emp2', 'townA', 'seek2'];
const CHAT_OWNERS: Actor[] = ['seek1', 'emp1'];

const booths = new WeakMap<
	World,
	{ fairId: string; boothId: string; entryId: string; slotId: string; bookingId: string }
>();

/** An approved booth of employer 1 (rep: emp1) at the published fair, with seeker 1 queued. */
async function boothOf(w: World) {
	const known = booths.get(w);
	if (known) return known;
	const { published: fairId } = await fairsOf(w, w.db);
	const [booth] = await w.db
		.insert(fairBooths)
		.values({ fairId, employerId: w.e1.id, status: 'approved', introduction: '单位介绍' })
		.returning();
	const boothId = booth!.id;
	await w.db.insert(fairBoothPostings).values({ boothId, postingId: w.published.id });
	await w.db.insert(fairBoothReps).values({ boothId, userId: w.users.emp1.user.id, role: 'owner' });
	await w.db.insert(fairRegistrations).values({ fairId, personId: w.s1Person.id });
	const [entry] = await w.db
		.insert(fairQueueEntries)
		.values({ boothId, personId: w.s1Person.id, status: 'chatting' })
		.returning();
	const starts = new Date(Date.now() + 10 * day);
	const [slot] = await w.db
		.insert(fairSlots)
		.values({ boothId, startsAt: starts, endsAt: new Date(starts.getTime() + 900_000) })
		.returning();
	// a booked interview an hour later, for its phone or video link
	const at = new Date(starts.getTime() + 3_600_000);
	const [booked] = await w.db
		.insert(fairSlots)
		.values({ boothId, startsAt: at, endsAt: new Date(at.getTime() + 900_000) })
		.returning();
	const [booking] = await w.db
		.insert(fairBookings)
		.values({
			fairId,
			boothId,
			slotId: booked!.id,
			personId: w.s1Person.id,
			startsAt: booked!.startsAt,
			endsAt: booked!.endsAt,
		})
		.returning();
	const made = { fairId, boothId, entryId: entry!.id, slotId: slot!.id, bookingId: booking!.id };
	booths.set(w, made);
	return made;
}

/** Everyone but the booth's rep is refused and changes nothing (the owner's success is in fair-reps.test.ts). */
const repOnly =
	(probe: (w: World, b: Awaited<ReturnType<typeof boothOf>>) => Probe): Check =>
	async (w, h) =>
		h.others(['anonymous', 'emp2', 'townA', 'seek1'], probe(w, await boothOf(w)));

export const FAIRS_MATRIX: Record<string, Entry> = {
	getFair: { resource: 'fair (draft)', check: draftHidden('') },
	getFairCounters: { resource: 'fair (draft counters)', check: draftHidden('/counters') },
	// The event streams refuse (401/404, before anything is streamed) like any route. An owner's
	// stream never ends, which app.inject cannot read: the owner's side of both streams is proved
	// on a listening server in tests/integration/fair-live.test.ts, and here through the same
	// rule's list (chat).
	streamFairLive: {
		resource: 'fair (draft lobby stream)',
		check: async (w, h) => {
			const f = await fairsOf(w, w.db);
			const url = `/api/fairs/${f.draft}/live`;
			await h.others(['anonymous', 'emp1', 'emp2', 'townA', 'seek1'], { method: 'GET', url });
		},
	},
	listFairChatMessages: {
		resource: 'booth chat (its seeker and the booth reps)',
		check: async (w, h) => {
			const url = `${await chatOf(w)}/messages`;
			await h.others(CHAT_OTHERS, { method: 'GET', url });
			for (const owner of CHAT_OWNERS) await h.owner(owner, { method: 'GET', url });
		},
	},
	postFairChatMessage: {
		resource: 'booth chat (its seeker and the booth reps)',
		check: async (w, h) => {
			const p = {
				method: 'POST',
				url: `${await chatOf(w)}/messages`,
				payload: { body: '您好' },
			} as const;
			await h.others(CHAT_OTHERS, p);
			for (const owner of CHAT_OWNERS) await h.owner(owner, p);
		},
	},
	streamFairChat: {
		resource: 'booth chat stream (its seeker and the booth reps)',
		check: async (w, h) => {
			const path = await chatOf(w);
			await h.others(CHAT_OTHERS, { method: 'GET', url: `${path}/stream` });
			for (const owner of CHAT_OWNERS)
				await h.owner(owner, { method: 'GET', url: `${path}/messages` });
		},
	},
	createFair: { scope: 'county' },
	updateFair: { scope: 'county' },
	setFairState: { scope: 'county' },
	setFairInterpreters: { scope: 'county' },
	decideBooth: { scope: 'county' },
	getFairReport: { scope: 'county' },
	downloadFairReport: { scope: 'county' },
	listFairFollowUps: { scope: 'county' },
	recordFairFollowUp: { scope: 'county' },
	applyForBooth: { scope: 'self' },
	registerForFair: { scope: 'self' },
	joinBoothQueue: { scope: 'self' },
	getBoothQueuePlace: { scope: 'self' },
	leaveBoothQueue: { scope: 'self' },
	bookInterview: { scope: 'self' },
	listBoothSlots: { scope: 'open' },
	getInterviewRequests: { scope: 'self' },
	setInterviewRequests: { scope: 'self' },
	proposeAllocation: { scope: 'county' },
	confirmAllocation: { scope: 'county' },
	getBoothWorkspace: {
		resource: 'booth workspace (its reps only)',
		check: async (w, h) => {
			const b = await boothOf(w);
			const p = {
				method: 'GET',
				url: `/api/fairs/${b.fairId}/booths/${b.boothId}/workspace`,
			} as const;
			await h.others(NOT_EMP1.filter((a) => a !== 'townA').concat('emp2'), p);
			await h.owner('emp1', p);
		},
	},
	saveBoothContact: {
		resource: 'booth contact notes (its reps only)',
		check: async (w, h) => {
			const b = await boothOf(w);
			const p = {
				method: 'PUT',
				url: `/api/fairs/${b.fairId}/booths/${b.boothId}/contacts/${w.s1Person.id}`,
				payload: { note: '沟通顺畅' },
			} as const;
			await h.others(['anonymous', 'emp2', 'townA', 'seek1'], p);
			await h.owner('emp1', p);
		},
	},
	acceptQueueEntry: {
		resource: 'queue entry (the booth’s reps only)',
		check: repOnly((w, b) => ({
			method: 'POST',
			url: `/api/fairs/${b.fairId}/queue/${b.entryId}/accept`,
		})),
	},
	endQueueEntry: {
		resource: 'queue entry (the booth’s reps only)',
		check: repOnly((w, b) => ({
			method: 'POST',
			url: `/api/fairs/${b.fairId}/queue/${b.entryId}/end`,
		})),
	},
	handOffQueueEntry: {
		resource: 'queue entry (the booth’s reps only)',
		check: repOnly((w, b) => ({
			method: 'POST',
			url: `/api/fairs/${b.fairId}/queue/${b.entryId}/handoff`,
			payload: { toUserId: w.users.emp2.user.id },
		})),
	},
	recordIntention: {
		resource: 'booth outcome (its reps only)',
		check: repOnly((w, b) => ({
			method: 'POST',
			url: `/api/fairs/${b.fairId}/booths/${b.boothId}/contacts/${w.s1Person.id}/intention`,
			payload: { postingId: w.published.id },
		})),
	},
	setBookingLink: {
		resource: 'interview booking link (the booth’s reps only)',
		check: async (w, h) => {
			const b = await boothOf(w);
			const p = {
				method: 'PUT',
				url: `/api/fairs/${b.fairId}/booths/${b.boothId}/bookings/${b.bookingId}/link`,
				payload: { link: '电话 0350-6543210' },
			} as const;
			await h.others(['anonymous', 'emp2', 'townA', 'seek1'], p);
			await h.owner('emp1', p);
		},
	},
	inviteToInterview: {
		resource: 'booth interview invitation (its reps only)',
		check: repOnly((w, b) => ({
			method: 'POST',
			url: `/api/fairs/${b.fairId}/booths/${b.boothId}/invitations`,
			payload: { personId: w.s1Person.id, slotId: b.slotId },
		})),
	},
};
