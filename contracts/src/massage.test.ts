import { describe, expect, it } from 'vitest';
import {
	clinicShortfalls,
	DEFAULT_MASSAGE_RULES,
	practitionerShortfalls,
	type ClinicFacts,
} from './massage.js';

const TODAY = '2026-12-05';
const good: ClinicFacts = {
	kind: 'medical',
	areaM2: 40,
	beds: 1,
	sterilisation: true,
	operatorQualified: true,
	practiceSince: ['2021-12-05'],
};

describe('盲人医疗按摩所 conditions (管理办法 第六条)', () => {
	it('passes a clinic at exactly 40 m², 1 bed and a practitioner of exactly 5 years', () => {
		expect(clinicShortfalls(good, TODAY)).toEqual([]);
	});

	it('flags each condition that is one short', () => {
		expect(clinicShortfalls({ ...good, areaM2: 39 }, TODAY)).toEqual([
			'面积 39 平方米，不到 40 平方米。',
		]);
		expect(clinicShortfalls({ ...good, beds: 0 }, TODAY)).toEqual(['按摩床 0 张，不到 1 张。']);
		expect(clinicShortfalls({ ...good, practiceSince: ['2021-12-06'] }, TODAY)).toEqual([
			'没有一位执业满 5 年的盲人医疗按摩人员。',
		]);
		expect(clinicShortfalls({ ...good, sterilisation: false }, TODAY)).toEqual([
			'没有必要的消毒设备。',
		]);
		expect(clinicShortfalls({ ...good, operatorQualified: false }, TODAY)).toEqual([
			'开办人不是盲人医疗按摩人员。',
		]);
	});

	it('counts any one senior practitioner, and flags a clinic with nobody filed', () => {
		expect(
			clinicShortfalls({ ...good, practiceSince: [null, '2025-01-01', '2019-06-30'] }, TODAY),
		).toEqual([]);
		expect(clinicShortfalls({ ...good, practiceSince: [] }, TODAY)).toEqual([
			'还没有按摩人员在这里执业备案。',
			'没有一位执业满 5 年的盲人医疗按摩人员。',
		]);
	});

	it('holds 保健按摩 institutions to their own settings, without the medical conditions', () => {
		const health = {
			...good,
			kind: 'health' as const,
			sterilisation: false,
			operatorQualified: false,
		};
		expect(clinicShortfalls({ ...health, areaM2: 25, beds: 3 }, TODAY)).toEqual([]);
		expect(clinicShortfalls({ ...health, areaM2: 24, beds: 2 }, TODAY)).toHaveLength(2);
		const rules = { ...DEFAULT_MASSAGE_RULES, healthMinArea: 30 };
		expect(clinicShortfalls({ ...health, areaM2: 25, beds: 3 }, TODAY, rules)).toEqual([
			'面积 25 平方米，不到 30 平方米。',
		]);
	});
});

describe('practitioner shortfalls', () => {
	it('asks for the certificate, the filing and 20 hours a year', () => {
		const ok = {
			qualification: 'medical' as const,
			certified: true,
			registeredClinicId: 'c',
			hoursThisYear: 20,
		};
		expect(practitionerShortfalls(ok)).toEqual([]);
		expect(
			practitionerShortfalls({
				...ok,
				certified: false,
				registeredClinicId: null,
				hoursThisYear: 19,
			}),
		).toHaveLength(3);
		// health massage needs no 执业备案
		expect(
			practitionerShortfalls({ ...ok, qualification: 'health', registeredClinicId: null }),
		).toEqual([]);
	});
});
