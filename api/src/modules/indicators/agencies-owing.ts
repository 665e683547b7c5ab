import { RuleViolationError } from '../../errors.js';
import type { QuotaOverviewService } from '../quota/quota-overview.service.js';

/**
 * 党政机关 (≥ 50 编制) and 事业单位 (≥ 67) below the ratio that have placed nobody (专栏3 第1项:
 * 至少安排1名残疾人), from the quota module's list of the year. Null when the year has no levy
 * rule to count by.
 */
export async function agenciesOwing(
	quota: Pick<QuotaOverviewService, 'agencies'>,
	year: number,
	township: string | null,
): Promise<number | null> {
	let owing = 0;
	for (let page = 1; ; page += 1) {
		let list;
		try {
			list = await quota.agencies({ year, page, pageSize: 100 });
		} catch (e) {
			// no levy rule for the year: the number cannot be known; anything else is a real fault
			if (e instanceof RuleViolationError && e.code === 'levy_rules_missing') return null;
			throw e;
		}
		owing += list.items.filter(
			(i) => i.placedCount === 0 && (!township || i.townshipCode === township),
		).length;
		if (page * 100 >= list.total) return owing;
	}
}
