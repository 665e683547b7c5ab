import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import {
	BookingLinkInputSchema,
	ContactInputSchema,
	EMPLOYERS,
	UuidSchema,
	type Problem,
} from '@ronghe/contracts';
import { failWith, readForm } from './form-data';
import { redirectIfSignedOut, requireRole } from './guard';
import { problemMessage } from './problems';

/*
 * The form actions of a booth's workspace (issue 14 §4). Each form names the person or queue
 * entry it is about (`target`), so a problem shows next to that person's form and nowhere else.
 */

type Event = {
	request: Request;
	locals: App.Locals;
	url: URL;
	params: { fairId: string; boothId: string };
};

export type WorkspaceAction =
	'accept' | 'end' | 'handoff' | 'note' | 'intention' | 'invite' | 'link';

const NOTE_FIELDS = ['note', 'rating', 'interest'] as const;
const IntentionFormSchema = z.object({ postingId: z.uuid({ error: '请选择达成意向的岗位。' }) });
const InviteFormSchema = z.object({ slotId: z.uuid({ error: '请选择面试时段。' }) });
// the slot went, is past, or clashes with the seeker's other interview: said next to the choice
const SLOT_CODES = { slot_taken: 'slotId', slot_past: 'slotId', seeker_busy: 'slotId' } as const;

async function start(e: Event, form: WorkspaceAction, target: string) {
	requireRole(e.locals, e.url.pathname, EMPLOYERS);
	const data = await readForm(e.request);
	const id = UuidSchema.safeParse(data?.get(target));
	const text = (name: string) => String(data?.get(name) ?? '');
	return { id: id.success ? id.data : null, text, base: { form, target: text(target) } };
}

function done(e: Event, what: string, personId: string): never {
	redirect(303, `${e.url.pathname}?done=${what}&person=${encodeURIComponent(personId)}`);
}

function refused(e: Event, problem: Problem, base: { form: WorkspaceAction; target: string }) {
	redirectIfSignedOut(problem, e.url.pathname);
	return fail(problem.status, {
		...base,
		values: {},
		errors: {},
		message: problemMessage(problem),
	});
}

const missing = (base: { form: WorkspaceAction; target: string }) =>
	fail(400, { ...base, values: {}, errors: {}, message: '没有选中求职者，请回到列表重新选择。' });

/** 接待: the seeker's chat opens; the rep goes straight to it. */
export async function acceptEntry(e: Event) {
	const { id, base } = await start(e, 'accept', 'entryId');
	if (!id) return missing(base);
	const res = await e.locals.api.fair.accept(e.params.fairId, id);
	if (res.ok) redirect(303, `/employer/fairs/${e.params.fairId}/chats/${id}?done=accepted`);
	return refused(e, res.problem, base);
}

/** 结束: the chat ends, the next seeker in the queue is told their turn is close. */
export async function endEntry(e: Event) {
	const { id, text, base } = await start(e, 'end', 'entryId');
	if (!id) return missing(base);
	const res = await e.locals.api.fair.end(e.params.fairId, id);
	if (res.ok) done(e, 'ended', text('personId'));
	return refused(e, res.problem, base);
}

/** 转给同事: another rep of the booth takes the chat over. */
export async function handOff(e: Event) {
	const { id, text, base } = await start(e, 'handoff', 'entryId');
	if (!id) return missing(base);
	const to = UuidSchema.safeParse(text('toUserId'));
	if (!to.success)
		return fail(400, { ...base, values: {}, errors: { toUserId: ['请选择转给哪位同事。'] } });
	const res = await e.locals.api.fair.handoff(e.params.fairId, id, to.data);
	if (res.ok) done(e, 'handed', text('personId'));
	return refused(e, res.problem, base);
}

/** The booth's own notes about a seeker: a note, a rating of 1 to 5, 感兴趣 or 不合适. */
export async function saveNote(e: Event) {
	const { id, text, base } = await start(e, 'note', 'personId');
	const values = { note: text('note'), rating: text('rating'), interest: text('interest') };
	const extra = { ...base, values };
	if (!id) return missing(base);
	const parsed = ContactInputSchema.safeParse({
		note: values.note,
		rating: values.rating || null,
		interest: values.interest || null,
	});
	if (!parsed.success) return failWith(parsed.error, NOTE_FIELDS, extra);
	const { fairId, boothId } = e.params;
	const res = await e.locals.api.fair.saveContact(fairId, boothId, id, parsed.data);
	if (res.ok) done(e, 'noted', id);
	redirectIfSignedOut(res.problem, e.url.pathname);
	return failWith(res.problem, NOTE_FIELDS, extra);
}

/** 达成意向 on one of the booth's postings (the seeker's application becomes 录用意向). */
export async function recordIntention(e: Event) {
	const { id, text, base } = await start(e, 'intention', 'personId');
	const values = { postingId: text('postingId') };
	if (!id) return missing(base);
	const parsed = IntentionFormSchema.safeParse(values);
	if (!parsed.success) return failWith(parsed.error, ['postingId'], { ...base, values });
	const { fairId, boothId } = e.params;
	const res = await e.locals.api.fair.intention(fairId, boothId, id, parsed.data.postingId);
	if (res.ok) done(e, 'intention', id);
	redirectIfSignedOut(res.problem, e.url.pathname);
	return failWith(res.problem, ['postingId'], { ...base, values });
}

/** 邀请面试 in a free slot of the booth (an interpreter is found when the seeker needs one). */
export async function inviteToInterview(e: Event) {
	const { id, text, base } = await start(e, 'invite', 'personId');
	const values = { slotId: text('slotId') };
	if (!id) return missing(base);
	const parsed = InviteFormSchema.safeParse(values);
	if (!parsed.success) return failWith(parsed.error, ['slotId'], { ...base, values });
	const { fairId, boothId } = e.params;
	const res = await e.locals.api.fair.invite(fairId, boothId, id, parsed.data.slotId);
	if (res.ok) done(e, 'invited', id);
	redirectIfSignedOut(res.problem, e.url.pathname);
	return failWith(res.problem, ['slotId'], { ...base, values }, SLOT_CODES);
}

/** 面试方式: the phone number or video meeting of a booked interview; the seeker is told. */
export async function setBookingLink(e: Event) {
	const { id, text, base } = await start(e, 'link', 'bookingId');
	const values = { link: text('link') };
	if (!id) return missing(base);
	const parsed = BookingLinkInputSchema.safeParse(values);
	if (!parsed.success) return failWith(parsed.error, ['link'], { ...base, values });
	const { fairId, boothId } = e.params;
	const res = await e.locals.api.fair.setBookingLink(fairId, boothId, id, parsed.data.link);
	if (res.ok) done(e, 'linked', text('personId'));
	redirectIfSignedOut(res.problem, e.url.pathname);
	return failWith(res.problem, ['link'], { ...base, values });
}
