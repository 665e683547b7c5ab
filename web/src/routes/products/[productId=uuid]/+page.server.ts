import { loadFailed } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** One product or service; one taken down answers 404 to everyone but the staff who keep it. */
export const load = (async ({ locals, params, url }) => {
	const res = await locals.api.products.get(params.productId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return { product: res.data };
}) satisfies PageServerLoad;
