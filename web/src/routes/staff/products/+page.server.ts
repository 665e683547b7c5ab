import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pageOf = (url: URL) => {
	const n = Number(url.searchParams.get('page') ?? '1');
	return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
};

/** 产品和服务目录 for staff: every entry they keep, published or taken down. */
export const load = (async ({ locals, url }) => {
	requireRole(locals, url.pathname + url.search, STAFF);
	const page = pageOf(url);
	const res = await locals.api.products.list({ all: '1', page });
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		list: res.data,
		done: url.searchParams.get('done'),
		doneName: url.searchParams.get('name'),
	};
}) satisfies PageServerLoad;

export const actions = {
	unpublish: (event) => setPublished(event, false),
	publish: (event) => setPublished(event, true),
} satisfies Actions;

async function setPublished({ request, locals, url }: RequestEvent, published: boolean) {
	requireRole(locals, url.pathname, STAFF);
	const id = String((await readForm(request))?.get('productId') ?? '');
	if (!UUID.test(id)) return fail(400, { message: UNREADABLE_FORM });
	const res = published
		? await locals.api.products.publish(id)
		: await locals.api.products.unpublish(id);
	if (res.ok) {
		const q = new URLSearchParams({
			done: published ? 'published' : 'unpublished',
			name: res.data.name,
		});
		const page = pageOf(url);
		if (page > 1) q.set('page', String(page));
		redirect(303, `/staff/products?${q}`);
	}
	redirectIfSignedOut(res.problem, url.pathname);
	return fail(res.problem.status, { message: problemMessage(res.problem) });
}
