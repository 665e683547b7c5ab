import { error } from '@sveltejs/kit';
import {
	APPLICATION_STATUS_LABELS,
	CONTACT_INTEREST_LABELS,
	FAIR_STATE_LABELS,
	type ApplicationStatus,
	type QueueEntry,
	type Workspace,
} from '@ronghe/contracts';
import { chinaClock, needLabels, slotLabel } from './employer-fairs';
import { loadFailed } from './guard';

/*
 * The reps' workspace at a booth (issue 14 §4) as its page shows it: the queue in order with
 * each seeker's requests, the chats going on, the seekers met with the booth's notes, the free
 * interview slots and the booked interviews.
 */

/** The free slots a rep can invite to: the next ones only, so each person's list stays short. */
const SLOT_CHOICES = 48;

const SOURCE_LABELS: Record<string, string> = {
	seeker: '求职者预约',
	rep: '单位邀请',
	allocation: '统一安排',
};

const entryView = (e: QueueEntry) => ({
	id: e.id,
	personId: e.personId,
	name: e.name,
	position: e.position,
	joinedAt: chinaClock(e.joinedAt),
	needs: needLabels(e.needs),
	textOnly: e.textOnly,
	repUserId: e.repUserId,
	repName: e.repName,
});

/** The posting of each application the booth's contacts have, to link to its application page. */
async function applicationPostings(locals: App.Locals, w: Workspace) {
	const byApp = new Map<string, string>();
	if (!w.contacts.some((c) => c.applicationId)) return byApp;
	const lists = await Promise.all(
		w.booth.postings.map((p) => locals.api.applications.forPosting(p.id)),
	);
	for (const list of lists)
		if (list.ok) for (const a of list.data.items) byApp.set(a.id, a.postingId);
	return byApp;
}

/** Everyone the booth met: its notes first, then chats (going on or ended) and interviews. */
function metPeople(w: Workspace, byApp: Map<string, string>) {
	const people = new Map<string, { personId: string; name: string }>();
	for (const c of w.contacts) people.set(c.personId, c);
	for (const e of w.queue)
		if ((e.status === 'chatting' || e.status === 'done') && !people.has(e.personId))
			people.set(e.personId, e);
	for (const b of w.bookings) if (!people.has(b.personId)) people.set(b.personId, b);
	return [...people.values()].map(({ personId, name }) => {
		const c = w.contacts.find((x) => x.personId === personId);
		const postingId = c?.applicationId ? byApp.get(c.applicationId) : undefined;
		const chats = w.queue.filter((e) => e.personId === personId && e.status !== 'waiting');
		return {
			personId,
			name,
			note: c?.note ?? '',
			rating: c?.rating ?? null,
			interest: c?.interest ?? null,
			interestLabel: c?.interest ? CONTACT_INTEREST_LABELS[c.interest] : null,
			intention: Boolean(c?.intentionAt),
			application:
				c?.applicationId && postingId
					? {
							statusLabel:
								APPLICATION_STATUS_LABELS[c.applicationStatus as ApplicationStatus] ??
								c.applicationStatus,
							href: `/employer/postings/${postingId}/applications?open=${c.applicationId}`,
						}
					: null,
			lastChat: chats.at(-1)?.id ?? null,
		};
	});
}

/** The workspace page's data; not a rep of this booth (or no such booth) is the 404 page. */
export async function loadWorkspace(
	locals: App.Locals,
	fairId: string,
	boothId: string,
	here: string,
) {
	const [ws, slots] = await Promise.all([
		locals.api.fair.workspace(fairId, boothId),
		locals.api.fair.slots(fairId, boothId),
	]);
	if (!ws.ok) {
		if (ws.problem.status === 404)
			error(404, '没有找到这个展位。只有展位报名里选上的接待人员才能打开展位接待。');
		return loadFailed(ws.problem, here);
	}
	const w = ws.data;
	const byApp = await applicationPostings(locals, w);
	// every booking of the booth's slots is in the workspace: never offer one of those again
	const booked = new Set(w.bookings.map((b) => b.slotId));
	return {
		fair: {
			id: fairId,
			title: w.fairTitle,
			state: w.fairState,
			stateLabel: FAIR_STATE_LABELS[w.fairState],
		},
		booth: {
			id: w.booth.id,
			employerName: w.booth.employerName,
			approved: w.booth.status === 'approved',
			postings: w.booth.postings.map((p) => ({ id: p.id, title: p.title })),
			reps: w.booth.reps.map((r) => ({ id: r.userId, name: r.name })),
		},
		waiting: w.queue.filter((e) => e.status === 'waiting').map(entryView),
		chatting: w.queue.filter((e) => e.status === 'chatting').map(entryView),
		met: metPeople(w, byApp),
		slots: slots.ok
			? slots.data
					.filter((s) => s.free && !booked.has(s.id))
					.slice(0, SLOT_CHOICES)
					.map((s) => ({ id: s.id, label: slotLabel(s.startsAt, s.endsAt) }))
			: [],
		bookings: w.bookings.map((b) => ({
			id: b.id,
			when: slotLabel(b.startsAt, b.endsAt),
			name: b.name,
			personId: b.personId,
			interpreter: b.interpreter?.name ?? null,
			sourceLabel: SOURCE_LABELS[b.source] ?? b.source,
			link: b.link,
		})),
	};
}

export type WorkspaceData = Awaited<ReturnType<typeof loadWorkspace>>;

/** For a rep's chat page: the booth of the unit at this fair and the queue entry, if still listed. */
export async function loadRepEntry(
	locals: App.Locals,
	fairId: string,
	entryId: string,
	here: string,
) {
	const fair = await locals.api.fair.get(fairId);
	if (!fair.ok) {
		if (fair.problem.status === 404) error(404, '没有找到这场招聘会。');
		return loadFailed(fair.problem, here);
	}
	const booth = fair.data.myBooth;
	if (!booth) error(404, '没有找到这次交流。');
	const ws = await locals.api.fair.workspace(fairId, booth.id);
	if (!ws.ok) {
		if (ws.problem.status === 404) error(404, '没有找到这次交流。只有展位的接待人员能打开它。');
		return loadFailed(ws.problem, here);
	}
	const entry = ws.data.queue.find((e) => e.id === entryId);
	return {
		fairTitle: fair.data.title,
		workspace: `/employer/fairs/${fairId}/booths/${booth.id}`,
		entry: entry ? { ...entryView(entry), status: entry.status } : null,
	};
}
