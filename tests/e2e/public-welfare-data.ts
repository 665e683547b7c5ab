import type { PlacementTermAnswer } from '@ronghe/contracts';
import { demoApi } from './demo-api.js';

type Candidate = { personId: string; familyMemberId: string | null; name: string };

/**
 * A disabled person on the first page of the 公益性岗位 candidate list (of one township, if
 * given) who may be placed from `start`: not past retirement, with placements left.
 */
export async function demoPlacementCandidate(baseUrl: string, start: string, township?: string) {
	const staff = await demoApi(baseUrl, 'federation');
	const { items } = await staff.get<{ items: Candidate[] }>(
		`/api/public-welfare/candidates${township ? `?township=${township}` : ''}`,
	);
	for (const candidate of items.filter((c) => !c.familyMemberId)) {
		const term = await staff.get<PlacementTermAnswer>(
			`/api/public-welfare/term?personId=${candidate.personId}&start=${start}`,
		);
		if (term.latestEnd > start && term.placementNumber <= term.maxPlacements)
			return { candidate, term };
	}
	throw new Error('the demo data has no one to place on a 公益性岗位');
}

/**
 * A placement of 台城镇 (made here, so township staff see it too) with one month of subsidies,
 * still running: its page shows the ledger and the 离岗 form.
 */
export async function demoPlacementId(baseUrl: string): Promise<string> {
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
	const { candidate, term } = await demoPlacementCandidate(baseUrl, today, '140922100');
	const staff = await demoApi(baseUrl, 'federation');
	const { id } = await staff.post<{ id: string }>('/api/public-welfare/placements', {
		personId: candidate.personId,
		familyMemberId: null,
		postTitle: '页面检查用的护林员',
		employerName: '台城镇人民政府',
		kind: 'rural',
		fundingSource: '就业补助资金',
		startDate: today,
		endDate: term.latestEnd,
	});
	await staff.put(`/api/public-welfare/placements/${id}/subsidies/${today.slice(0, 7)}`, {
		postSubsidy: 800,
		insuranceSubsidy: 200,
	});
	return id;
}
