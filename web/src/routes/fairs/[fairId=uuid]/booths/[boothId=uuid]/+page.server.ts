import { error, redirect } from '@sveltejs/kit';
import { SEEKERS, UuidSchema } from '@ronghe/contracts';
import { loadChatMessages, sendChatMessage } from '$lib/server/fair-chat';
import { readForm } from '$lib/server/form-data';
import { mayUse, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { presentFairDetail, slotText } from '$lib/server/present-fair';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const here = (p: { fairId: string; boothId: string }) => `/fairs/${p.fairId}/booths/${p.boothId}`;

export const load = (async ({ params, locals, url }) => {
	const seeker = !!locals.user && mayUse(locals.user, SEEKERS);
	const [res, slots, place] = await Promise.all([
		locals.api.fair.get(params.fairId),
		locals.api.fair.slots(params.fairId, params.boothId),
		seeker ? locals.api.fair.queuePlace(params.fairId, params.boothId) : null,
	]);
	if (!res.ok)
		error(res.problem.status === 400 ? 404 : res.problem.status, problemMessage(res.problem));
	const fair = presentFairDetail(res.data);
	const booth = fair.booths.find((b) => b.id === params.boothId);
	if (!booth) error(404, '没有找到这个展位。它可能还没有通过审核。');
	const entry = place?.ok ? place.data : null;
	// the text chat, once a rep has taken the seeker in
	const messages =
		entry?.status === 'chatting'
			? await loadChatMessages(locals, params.fairId, entry.id, here(params))
			: [];
	return {
		messages,
		fair,
		booth,
		seeker,
		place: place?.ok ? place.data : null,
		slots: slots.ok
			? slots.data
					.filter((s) => s.free)
					.map((s) => ({ ...s, label: slotText(s.startsAt, s.endsAt) }))
			: [],
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	join: async ({ locals, params }) => {
		requireRole(locals, here(params), SEEKERS);
		const res = await locals.api.fair.joinQueue(params.fairId, params.boothId);
		if (res.ok) redirect(303, `${here(params)}?done=joined#queue`);
		redirectIfSignedOut(res.problem, here(params));
		return { queueMessage: problemMessage(res.problem) };
	},
	leave: async ({ locals, params }) => {
		requireRole(locals, here(params), SEEKERS);
		const res = await locals.api.fair.leaveQueue(params.fairId, params.boothId);
		if (res.ok) redirect(303, `${here(params)}?done=left#queue`);
		redirectIfSignedOut(res.problem, here(params));
		return { queueMessage: problemMessage(res.problem) };
	},
	send: async (event) => {
		const { locals, params } = event;
		requireRole(locals, here(params), SEEKERS);
		const place = await locals.api.fair.queuePlace(params.fairId, params.boothId);
		if (!place.ok || place.data?.status !== 'chatting')
			return { queueMessage: '这次交流已经结束，或者还没轮到您。' };
		return sendChatMessage(event, params.fairId, place.data.id, here(params));
	},
	book: async ({ request, locals, params }) => {
		requireRole(locals, here(params), SEEKERS);
		const form = await readForm(request);
		const slotId = UuidSchema.safeParse(form?.get('slotId'));
		if (!slotId.success) return { bookMessage: '请先选择一个面试时段。', slotId: '' };
		const res = await locals.api.fair.book(params.fairId, slotId.data);
		if (res.ok) redirect(303, `${here(params)}?done=booked#interview`);
		redirectIfSignedOut(res.problem, here(params));
		const alternatives = (res.problem as { alternatives?: { slotId: string; label: string }[] })
			.alternatives;
		return { bookMessage: problemMessage(res.problem), slotId: slotId.data, alternatives };
	},
} satisfies Actions;
