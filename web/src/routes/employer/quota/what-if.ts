import type { QuotaWhatIfBody } from '@ronghe/contracts';
import type { ApiClient } from '$lib/server/api';
import { hireWindow } from './quota-year';

/**
 * The what-if of a hire this year. This year's own staff and wages are used when they are saved;
 * until then (or while next year's levy rules are missing) the page's year stands in for them, and
 * the answer says so.
 */
export async function answerWhatIf(api: ApiClient, pageYear: number, body: QuotaWhatIfBody) {
	const { year } = hireWindow();
	const own = await api.employerQuota.whatIf(year, body);
	const stillMissing =
		!own.ok && (own.problem.status === 404 || own.problem.code === 'levy_rules_missing');
	if (year === pageYear || !stillMissing) return { res: own, hireYear: year, figuresYear: year };
	const res = await api.employerQuota.whatIf(pageYear, body);
	return { res, hireYear: year, figuresYear: pageYear };
}
