import { MAKER_KIND_LABELS, ProductListQuerySchema } from '@ronghe/contracts';
import { problemMessage } from '$lib/server/problems';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

// the public page never asks for the ones taken down
const PublicQuerySchema = ProductListQuerySchema.omit({ all: true, pageSize: true });

/** 残疾人产品和服务: a search over the published directory, filters in the address. */
export const load = (async ({ locals, url }) => {
	const { query, dropped } = parseQuery(PublicQuerySchema, url.searchParams);
	const [res, townships] = await Promise.all([
		locals.api.products.list({
			q: query.q,
			makerKind: query.makerKind,
			township: query.township,
			category: query.category,
			page: query.page,
		}),
		locals.api.townships(),
	]);
	return {
		query,
		dropped,
		list: res.ok ? res.data : null,
		problem: res.ok ? null : problemMessage(res.problem),
		townships: townships.ok ? townships.data.items.map(({ code, name }) => ({ code, name })) : [],
		makerKinds: Object.entries(MAKER_KIND_LABELS).map(([value, label]) => ({ value, label })),
	};
}) satisfies PageServerLoad;
