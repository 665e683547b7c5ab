import { describe, expect, it } from 'vitest';
import { SaveLevyRuleBodySchema } from '@ronghe/contracts';
import { toRuleBody, type RuleValues } from './rule-form';

const typed: RuleValues = {
	collectionYear: '2028',
	quotaRatio: '０.015',
	wageCapMultiple: '2',
	tierThreshold: '',
	rateAtOrAbove: '1',
	rateBelow: '1',
	smallEnterpriseMaxStaff: '',
	doubleDisabilityLevels: '1、2',
	doubleMilitaryGrades: '1，2 3',
	countedMilitaryGrades: '1-8',
	averageStaffDecimals: '2',
	averageStaffRounding: 'truncate',
	source: '',
};

describe('toRuleBody', () => {
	it('reads lists, ranges, full-width digits and empty fields as a person types them', () => {
		const body = toRuleBody(typed);
		expect(body).toMatchObject({
			quotaRatio: 0.015,
			tierThreshold: null,
			smallEnterpriseMaxStaff: null,
			doubleDisabilityLevels: [1, 2],
			doubleMilitaryGrades: [1, 2, 3],
			countedMilitaryGrades: [1, 2, 3, 4, 5, 6, 7, 8],
		});
		expect(SaveLevyRuleBodySchema.safeParse(body).success).toBe(true);
	});

	it('leaves words the schema then refuses with a Chinese message', () => {
		const body = toRuleBody({
			...typed,
			quotaRatio: '百分之一点五',
			doubleDisabilityLevels: '一级',
		});
		const result = SaveLevyRuleBodySchema.safeParse(body);
		expect(result.success).toBe(false);
		const fields = result.error!.issues.map((i) => i.path[0]);
		expect(fields).toEqual(expect.arrayContaining(['quotaRatio', 'doubleDisabilityLevels']));
	});
});
