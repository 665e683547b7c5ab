import { STAFF, type ReferralTo, type ReferralView } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { personLine, UUID } from '$lib/server/referral-form';
import type { PageServerLoad } from './$types';

const VIEWS: readonly ReferralView[] = ['open', 'closed', 'all'];
const TOS: readonly ReferralTo[] = ['employer', 'course', 'service'];

/** 转介: those still going (longest waiting first), those ended, or one person's (?personId=). */
export const load = (async ({ locals, url }) => {
	const here = url.pathname + url.search;
	requireRole(locals, here, STAFF);
	const personId = url.searchParams.get('personId') ?? '';
	if (UUID.test(personId)) {
		const [person, res] = await Promise.all([
			personLine(locals.api, personId),
			locals.api.referrals.forPerson(personId),
		]);
		if (!res.ok) loadFailed(res.problem, here);
		const who = person ?? { id: personId, name: '这个人', line: '这个人' };
		return {
			person: { ...who, items: res.data.items },
			list: null,
			view: 'all' as const,
			to: null,
		};
	}
	const asked = url.searchParams.get('status') as ReferralView;
	const view = VIEWS.includes(asked) ? asked : 'open';
	const toAsked = url.searchParams.get('to') as ReferralTo;
	const to = TOS.includes(toAsked) ? toAsked : null;
	const n = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
	const res = await locals.api.referrals.list({ status: view, page, ...(to ? { to } : {}) });
	if (!res.ok) loadFailed(res.problem, here);
	return { person: null, list: res.data, view, to };
}) satisfies PageServerLoad;
