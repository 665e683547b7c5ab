import * as R from './rational.js';
import type { Rat } from './rational.js';

/** The rules row the engine needs (decimal fractions as strings, as PostgreSQL numeric gives them). */
export type LevyRuleSet = {
	collectionYear: number;
	quotaRatio: string;
	wageCapMultiple: string | null;
	tierThreshold: string | null;
	rateAtOrAbove: string;
	rateBelow: string;
	smallEnterpriseMaxStaff: number | null;
	doubleDisabilityLevels: readonly number[];
	doubleMilitaryGrades: readonly number[];
	countedMilitaryGrades: readonly number[];
	averageStaffDecimals: number;
	averageStaffRounding: string;
};

export type LevyEmployerKind = 'enterprise' | 'agency' | 'institution' | 'social_organization';
export type LevyDisabledEmployee = {
	certificate: 'disability' | 'military';
	level: number;
	months: number;
};
export type LevyInput = {
	employerKind: LevyEmployerKind;
	monthlyStaff?: readonly number[] | undefined;
	averageStaff?: number | string | undefined;
	wageBill: number | string;
	localAverageWage?: number | string | null | undefined;
	disabledEmployees: readonly LevyDisabledEmployee[];
};

export type LevyResult = {
	averageStaff: number;
	requiredCount: number;
	countedDisabled: number;
	actualRatio: number;
	shortfall: number;
	averageWage: number;
	wageBase: number;
	grossLevy: number;
	payableRate: number;
	exempt: boolean;
	levyDue: number;
	steps: string[];
};

const KIND_NAMES: Record<LevyEmployerKind, string> = {
	enterprise: '企业',
	agency: '机关',
	institution: '事业单位',
	social_organization: '社会组织',
};
const CERT_NAMES = { disability: '残疾人证', military: '残疾军人证' } as const;

const HUNDRED = R.int(100);
const TWELVE = R.int(12);

/** A count for a sentence: at least 2 decimals, up to 4, "约" when it had to be rounded. */
function count(a: Rat): string {
	const exact = R.isExactAt(a, 4);
	const text = R.toFixed(a, 4)
		.replace(/(\.\d\d\d?)0+$/, '$1')
		.replace(/(\.\d\d)0$/, '$1');
	return exact ? text : `约 ${text}`;
}
const money = (a: Rat) => `${R.toFixed(a, 2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 元`;
const moneyPlain = (a: Rat) => money(a).replace(/(\.\d\d) 元$/, '$1');
function percent(a: Rat): string {
	const p = R.mul(a, HUNDRED);
	const text = R.toFixed(p, 2).replace(/\.?0+$/, '');
	return R.isExactAt(p, 2) ? `${text}%` : `约 ${R.toFixed(p, 2)}%`;
}
const groupLevels = (levels: readonly number[]) =>
	levels.length ? `${Math.min(...levels)}–${Math.max(...levels)} 级` : '（无）';

/** How much one disabled employee counts: months ÷ 12, doubled for the severe grades; 0 if not counted. */
export function employeeWeight(rule: LevyRuleSet, e: LevyDisabledEmployee): { weight: 0 | 1 | 2 } {
	if (e.certificate === 'military' && !rule.countedMilitaryGrades.includes(e.level))
		return { weight: 0 };
	const doubled =
		e.certificate === 'disability'
			? rule.doubleDisabilityLevels.includes(e.level)
			: rule.doubleMilitaryGrades.includes(e.level);
	return { weight: doubled ? 2 : 1 };
}

type ParsedRule = { ratio: Rat; cap: Rat | null; threshold: Rat | null; above: Rat; below: Rat };
const parsed = new WeakMap<LevyRuleSet, ParsedRule>();
// a rule's decimals are parsed once, not once per employer
function parse(rule: LevyRuleSet): ParsedRule {
	let p = parsed.get(rule);
	if (!p) {
		p = {
			ratio: R.dec(rule.quotaRatio),
			cap: rule.wageCapMultiple === null ? null : R.dec(rule.wageCapMultiple),
			threshold: rule.tierThreshold === null ? null : R.dec(rule.tierThreshold),
			above: R.dec(rule.rateAtOrAbove),
			below: R.dec(rule.rateBelow),
		};
		parsed.set(rule, p);
	}
	return p;
}

/**
 * The levy due for one employer and collection year (docs/domain.md#levy-formula): every
 * intermediate value is exact; the amount due is rounded to 0.01 yuan half-up once, at the end.
 * With `explain: false` the Chinese steps are skipped (bulk runs).
 */
export function computeLevy(
	rule: LevyRuleSet,
	input: LevyInput,
	{ explain = true }: { explain?: boolean } = {},
): LevyResult {
	const steps: string[] = [];
	// steps are built lazily: number formatting is most of the cost in bulk runs
	const say = explain ? (s: () => string) => void steps.push(s()) : () => {};
	const dataYear = rule.collectionYear - 1;
	const p = parse(rule);
	const ratio = p.ratio;

	// 1. average staff
	let n: Rat;
	if (input.monthlyStaff) {
		const sum = input.monthlyStaff.reduce((s, x) => R.add(s, R.dec(x)), R.ZERO);
		const mode = rule.averageStaffRounding === 'half_up' ? 'half_up' : 'truncate';
		n = R.round(R.div(sum, R.int(input.monthlyStaff.length)), rule.averageStaffDecimals, mode);
		say(
			() =>
				`${dataYear} 年平均职工人数：12 个月人数合计 ${count(sum)} ÷ 12 = ${count(n)} 人（保留 ${rule.averageStaffDecimals} 位小数，${mode === 'truncate' ? '后面的不要，不四舍五入' : '四舍五入'}）。`,
		);
	} else {
		n = R.dec(input.averageStaff ?? 0);
		say(() => `${dataYear} 年平均职工人数：按填写的 ${count(n)} 人算。`);
	}

	// 2. required
	const required = R.mul(n, ratio);
	say(() => `应安排残疾人：${count(n)} × ${percent(ratio)} = ${count(required)} 人。`);

	// 3. counted disabled employees
	let counted = R.ZERO;
	input.disabledEmployees.forEach((e, i) => {
		const { weight } = employeeWeight(rule, e);
		const value = R.div(R.int(weight * e.months), TWELVE);
		counted = R.add(counted, value);
		if (!explain) return;
		const who = `第 ${i + 1} 位（${CERT_NAMES[e.certificate]} ${e.level} 级，${e.months} 个月）`;
		if (weight === 0)
			say(
				() =>
					`${who}：残疾军人证只有 ${groupLevels(rule.countedMilitaryGrades)}算残疾职工，这一位不计入。`,
			);
		else if (weight === 2)
			say(() => `${who}：这个等级 1 人算 2 人，2 × ${e.months} ÷ 12 = ${count(value)} 人。`);
		else say(() => `${who}：${e.months} ÷ 12 = ${count(value)} 人。`);
	});
	const actualRatio = R.isZero(n) ? R.ZERO : R.div(counted, n);
	say(() =>
		input.disabledEmployees.length
			? `实际安排残疾人合计 ${count(counted)} 人，占职工人数的 ${percent(actualRatio)}。`
			: '没有填残疾职工，实际安排按 0 人算。',
	);

	// 4. shortfall
	const shortfall = R.max(R.ZERO, R.sub(required, counted));
	say(() =>
		R.isZero(shortfall)
			? `已经安排够了（${count(counted)} ≥ ${count(required)}），不差人。`
			: `还差：${count(required)} − ${count(counted)} = ${count(shortfall)} 人（可以不是整数）。`,
	);

	// 5. average wage and the capped wage base
	const wageBill = R.dec(input.wageBill);
	const averageWage = R.isZero(n) ? R.ZERO : R.div(wageBill, n);
	say(() =>
		R.isZero(n)
			? '平均职工人数是 0，没有平均工资。'
			: `职工年平均工资：工资总额 ${money(wageBill)} ÷ ${count(n)} 人 = ${money(averageWage)}。`,
	);
	let wageBase = averageWage;
	const local = input.localAverageWage == null ? null : R.dec(input.localAverageWage);
	if (p.cap === null) {
		say(() => '这一年没有工资封顶规定，按本单位平均工资算。');
	} else if (local === null) {
		say(
			() =>
				`没有当地社会平均工资的数字，没法按 ${Number(rule.wageCapMultiple)} 倍封顶，先按本单位平均工资 ${money(averageWage)} 算。`,
		);
	} else {
		const cap = R.mul(p.cap, local);
		wageBase = R.min(averageWage, cap);
		const over = R.cmp(averageWage, cap) > 0;
		say(
			() =>
				`计征工资：当地社会平均工资 ${money(local)}的 ${Number(rule.wageCapMultiple)} 倍是 ${money(cap)}；本单位平均工资${over ? '超过了，按' : '没有超过，按'} ${money(wageBase)} 算。`,
		);
	}

	// 6. gross
	const gross = R.mul(shortfall, wageBase);
	if (!R.isZero(shortfall))
		say(() => `减免前应缴：${count(shortfall)} × ${moneyPlain(wageBase)} = ${money(gross)}。`);

	// 7. exemption or tier
	const exempt =
		input.employerKind === 'enterprise' &&
		rule.smallEnterpriseMaxStaff !== null &&
		R.cmp(n, R.int(rule.smallEnterpriseMaxStaff)) <= 0;
	let rate = R.ONE;
	if (exempt) {
		rate = R.ZERO;
		say(
			() =>
				`职工 ${rule.smallEnterpriseMaxStaff} 人及以下的企业免缴（${rule.collectionYear} 年的规定），本单位平均 ${count(n)} 人，不用交。`,
		);
	} else if (R.isZero(shortfall)) {
		rate = R.ZERO;
		say(() => `实际安排已达到 ${percent(ratio)}，不用交。`);
	} else if (p.threshold !== null) {
		const threshold = p.threshold;
		const above = R.cmp(actualRatio, threshold) >= 0;
		rate = above ? p.above : p.below;
		say(
			() =>
				`分档减缴：实际安排比例 ${percent(actualRatio)}，${above ? `达到了 ${percent(threshold)}` : `不到 ${percent(threshold)}`}，按 ${percent(rate)} 交。`,
		);
	} else if (input.employerKind !== 'enterprise') {
		say(() => `${KIND_NAMES[input.employerKind]}按全额交。`);
	}

	// 8. due, rounded once
	const due = R.round(R.mul(gross, rate), 2, 'half_up');
	say(() =>
		R.isZero(gross) || R.isZero(rate)
			? `应缴保障金：0.00 元。`
			: `应缴保障金：${moneyPlain(gross)} × ${percent(rate)} = ${money(due)}（最后一步四舍五入到分）。`,
	);

	return {
		averageStaff: R.toNumber(n, 2),
		requiredCount: R.toNumber(required, 6),
		countedDisabled: R.toNumber(counted, 4),
		actualRatio: R.toNumber(actualRatio, 6),
		shortfall: R.toNumber(shortfall, 4),
		averageWage: R.toNumber(averageWage, 2),
		wageBase: R.toNumber(wageBase, 2),
		grossLevy: R.toNumber(gross, 2),
		payableRate: R.toNumber(rate, 4),
		exempt,
		levyDue: R.toNumber(due, 2),
		steps,
	};
}

/** The levy's employer kinds from the registry's: every kind of company counts as 企业. */
export function levyKindOf(kind: string): LevyEmployerKind {
	if (kind === 'agency' || kind === 'institution' || kind === 'social_organization') return kind;
	return 'enterprise';
}
