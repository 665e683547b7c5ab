/**
 * 公益性岗位 terms (issue 15 §4, docs/public-welfare.md): a placement lasts at most 3 years; a
 * person who, at their first approval, is fewer than 5 years from statutory retirement may stay
 * until retirement. The numbers are settings staff may change (`PublicWelfareRules`); the
 * retirement ages follow the 2024 decision on gradually raising them.
 */

export type PublicWelfareRules = {
	/** Longest term of one placement, in years. */
	maxYears: number;
	/** Within this many years of retirement at the first approval, the term may run to retirement. */
	extensionWithinYears: number;
	/** Placements one person may hold over time (local practice: 2). */
	maxPlacements: number;
	/** The original retirement age of women the rule applies to: 50 (workers) or 55 (cadres). */
	femaleBaseAge: 50 | 55;
	/** Staff are told this many days before a term ends. */
	alertDays: number;
};

export const DEFAULT_PUBLIC_WELFARE_RULES: PublicWelfareRules = {
	maxYears: 3,
	extensionWithinYears: 5,
	maxPlacements: 2,
	femaleBaseAge: 50,
	alertDays: 60,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `date` (YYYY-MM-DD) plus `months`; a day past the month's end falls back to its last day. */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export const addYears = (date: string, years: number) => addMonths(date, years * 12);

/**
 * Months the 2024 decision adds to the original retirement age (《全国人民代表大会常务委员会关于
 * 实施渐进式延迟法定退休年龄的决定》, 2024-09-13, in force 2025-01-01): from January 2025 men and
 * women whose age was 55 gain a month every four months, up to 3 years (born from 1965-01 and
 * 1970-01); women whose age was 50 gain a month every two months, up to 5 years (born from
 * 1975-01).
 */
export function retirementDelayMonths(
	birthDate: string,
	sex: 'male' | 'female',
	base: number,
): number {
	const [y, m] = birthDate.split('-').map(Number) as [number, number];
	const born = y * 12 + (m - 1);
	const plan =
		sex === 'male'
			? { from: 1965 * 12, every: 4, cap: 36 }
			: base === 55
				? { from: 1970 * 12, every: 4, cap: 36 }
				: { from: 1975 * 12, every: 2, cap: 60 };
	if (born < plan.from) return 0;
	return Math.min(plan.cap, Math.floor((born - plan.from) / plan.every) + 1);
}

/** The day a person reaches statutory retirement age. */
export function retirementDate(
	birthDate: string,
	sex: 'male' | 'female',
	rules: Pick<PublicWelfareRules, 'femaleBaseAge'> = DEFAULT_PUBLIC_WELFARE_RULES,
): string {
	const base = sex === 'male' ? 60 : rules.femaleBaseAge;
	return addMonths(birthDate, base * 12 + retirementDelayMonths(birthDate, sex, base));
}

export type PlacementTerm = {
	/** The latest day the placement may end. */
	latestEnd: string;
	/** True when the term runs to retirement instead of the usual limit. */
	toRetirement: boolean;
	retirement: string;
};

/**
 * The longest term a placement starting on `start` may have. `firstApproved` is the start of the
 * person's first placement (their age then decides the extension); for a first placement it is
 * `start` itself.
 */
export function placementTerm(
	p: { start: string; firstApproved: string; birthDate: string; sex: 'male' | 'female' },
	rules: PublicWelfareRules = DEFAULT_PUBLIC_WELFARE_RULES,
): PlacementTerm {
	const retirement = retirementDate(p.birthDate, p.sex, rules);
	const usual = addYears(p.start, rules.maxYears);
	// fewer than N years from retirement at the first approval: the term runs to retirement,
	// whether that is beyond the usual limit or before it (no one works on past it)
	const near = retirement < addYears(p.firstApproved, rules.extensionWithinYears);
	if (near || retirement < usual) return { latestEnd: retirement, toRetirement: true, retirement };
	return { latestEnd: usual, toRetirement: false, retirement };
}
