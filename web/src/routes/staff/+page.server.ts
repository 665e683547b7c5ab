import { COUNTY_STAFF, STAFF, type WaitingQueue } from '@ronghe/contracts';
import { formatWaited } from '$lib/format';
import { loadFailed, mayUse, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/staff';

type Queue = {
	title: string;
	what: string;
	unit: string;
	href: string;
	count: number;
	waited: string | null;
};

/** A staff member's home: every queue that waits for them, with a count and the longest wait. */
export const load = (async ({ locals }) => {
	const user = requireRole(locals, HERE, STAFF);
	const [res, counts] = await Promise.all([
		locals.api.home.staff(),
		locals.api.applications.counts(),
	]);
	if (!res.ok) loadFailed(res.problem, HERE);
	const now = new Date();
	const queue = (q: WaitingQueue | null, fields: Omit<Queue, 'count' | 'waited'>): Queue[] =>
		q
			? [{ ...fields, count: q.count, waited: q.oldestAt ? formatWaited(q.oldestAt, now) : null }]
			: [];
	const home = res.data;
	return {
		townshipName: home.townshipName,
		// the plan's figures for everyone; the 实名制 workbook is the county's
		reports: [
			{ href: '/staff/indicators', label: '规划指标：今年的目标和实际' },
			...(mayUse(user, COUNTY_STAFF)
				? [{ href: '/staff/statistics', label: '实名制统计：下载就业和培训统计表' }]
				: []),
		],
		// the apply flow at a glance; a failed count leaves the queues standing
		counts: counts.ok ? counts.data : null,
		queues: [
			...queue(home.postingReviews, {
				title: '岗位审核',
				what: '等待审核的岗位',
				unit: '个',
				href: '/staff/reviews',
			}),
			...queue(home.employerApprovals, {
				title: '单位审核',
				what: '等待审核的用人单位',
				unit: '家',
				href: '/staff/employers?status=pending',
			}),
			...queue(home.verifications, {
				title: '优先对象核实',
				what: '求职者自己填写、等待核实的优先对象身份和家庭成员',
				unit: '项',
				href: '/staff/verifications',
			}),
			...queue(home.annualReviews, {
				title: '年审',
				what: '已提交、等待审核的年审',
				unit: '份',
				href: '/staff/annual-reviews?status=submitted',
			}),
			...queue(home.objections, {
				title: '公示异议',
				what: '还没有答复的异议',
				unit: '条',
				href: '/staff/quota/objections?status=open',
			}),
		],
	};
}) satisfies PageServerLoad;
