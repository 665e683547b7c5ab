import type { NewLevyRule } from '../schema/levy.js';

const SOURCES = {
	2019: '财税〔2018〕39号（2 倍封顶）；30 人及以下企业免征（2017 年起）',
	2020: '财政部公告2019年第98号：2 倍封顶，分档减缴，30 人及以下企业暂免',
	2023: '财政部公告2023年第8号：分档减缴和 30 人及以下企业暂免延续到 2027-12-31',
} as const;

const common = {
	provinceCode: '14',
	// 1.5 % is the national floor; no 山西 text stating the ratio was found (docs/domain.md#shanxi)
	quotaRatio: '0.0150',
	wageCapMultiple: '2',
	smallEnterpriseMaxStaff: 30,
	doubleDisabilityLevels: [1, 2],
	doubleMilitaryGrades: [1, 2, 3],
	countedMilitaryGrades: [1, 2, 3, 4, 5, 6, 7, 8],
	averageStaffDecimals: 2,
	averageStaffRounding: 'truncate',
	moneyRounding: 'half_up_fen_at_end',
} satisfies Partial<NewLevyRule>;

const tiered = (year: number): NewLevyRule => ({
	...common,
	collectionYear: year,
	tierThreshold: '0.0100',
	rateAtOrAbove: '0.5',
	rateBelow: '0.9',
	source: year >= 2023 ? SOURCES[2023] : SOURCES[2020],
});

/**
 * 山西 levy rules for the collection years docs/domain.md#levy-timeline covers (2019–2027). After
 * 2027 nothing is confirmed, so there is no row: the estimator then says the year has no rules yet.
 */
export const LEVY_RULES: readonly NewLevyRule[] = [
	{ ...common, collectionYear: 2019, tierThreshold: null, source: SOURCES[2019] },
	...[2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map(tiered),
];
