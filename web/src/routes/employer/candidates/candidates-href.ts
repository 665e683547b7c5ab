import type { CandidateListQuery } from '@ronghe/contracts';

/** The address of one page of candidates, leaving out empty conditions. */
export function candidatesHref(
	query: Partial<CandidateListQuery>,
	page: number,
): '/employer/candidates' | `/employer/candidates?${string}` {
	const p = new URLSearchParams();
	if (query.township) p.set('township', query.township);
	if (query.workMode) p.set('workMode', query.workMode);
	if (page > 1) p.set('page', String(page));
	const search = p.toString();
	return search ? `/employer/candidates?${search}` : '/employer/candidates';
}
