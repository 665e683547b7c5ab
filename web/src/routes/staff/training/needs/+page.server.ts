import {
	COUNTY_STAFF,
	STAFF,
	TRAINING_NEED_VIEWS,
	TRAINING_ORGANISERS,
	type TrainingNeedView,
} from '@ronghe/contracts';
import { loadFailed, mayUse, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/staff/training/needs';
const CODE = /^[0-9A-Za-z-]{1,20}$/;

/**
 * 培训需求 across people, for planning courses: the open ones by occupation, and the list by
 * township (county staff), occupation and state. Township staff see their own township.
 */
export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	const q = url.searchParams;
	const county = mayUse(user, COUNTY_STAFF);
	const code = (name: string) => {
		const v = q.get(name)?.trim() ?? '';
		return CODE.test(v) ? v : '';
	};
	const asked = q.get('met') as TrainingNeedView;
	const filters = {
		township: county ? code('township') : '',
		occupation: code('occupation'),
		met: TRAINING_NEED_VIEWS.includes(asked) ? asked : ('open' as const),
	};
	const n = Number(q.get('page') ?? '1');
	const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
	const [list, townships, occupations] = await Promise.all([
		locals.api.training.needsAcross({ ...filters, page }),
		county ? locals.api.townships() : null,
		locals.api.occupations.list(),
	]);
	if (!list.ok) loadFailed(list.problem, HERE);
	const options = <T>(r: { ok: true; data: { items: T[] } } | { ok: false } | null) =>
		r?.ok ? r.data.items : [];
	return {
		list: list.data,
		filters,
		county,
		organiser: mayUse(user, TRAINING_ORGANISERS),
		townships: options(townships).map((t) => ({ value: t.code, label: t.name })),
		occupations: options(occupations).map((o) => ({ value: o.code, label: o.name })),
	};
}) satisfies PageServerLoad;
