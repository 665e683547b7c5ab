import type { LevyEstimate, LevyRuleYears } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { LevyRule } from '@ronghe/db/schema';
import { RuleViolationError } from '../../errors.js';
import {
	computeLevy,
	levyKindOf,
	type LevyDisabledEmployee,
	type LevyInput,
	type LevyResult,
	type LevyRuleSet,
} from './levy.engine.js';
import type { LevyRepository } from './levy.repository.js';
import { checkEmployee } from './quota-checks.js';

type Deps = { db: Db; levyRepo: LevyRepository };
export type LevyService = ReturnType<typeof createLevyService>;

// used only when the settings have no county (a fresh install keeps 五台县)
const DEFAULT_COUNTY = '140922';

type YearFigures = Awaited<ReturnType<LevyRepository['yearFigures']>>[number];
/** One employer's year as the bureau overview and the disclosure see it (no steps, no people). */
export type EmployerYear = Omit<YearFigures, 'monthlyStaff' | 'averageStaff' | 'wageBill'> & {
	result: Omit<LevyResult, 'steps'>;
};

export const toRuleSet = (r: LevyRule): LevyRuleSet => ({
	collectionYear: r.collectionYear,
	quotaRatio: r.quotaRatio,
	wageCapMultiple: r.wageCapMultiple,
	tierThreshold: r.tierThreshold,
	rateAtOrAbove: r.rateAtOrAbove,
	rateBelow: r.rateBelow,
	smallEnterpriseMaxStaff: r.smallEnterpriseMaxStaff,
	doubleDisabilityLevels: r.doubleDisabilityLevels,
	doubleMilitaryGrades: r.doubleMilitaryGrades,
	countedMilitaryGrades: r.countedMilitaryGrades,
	averageStaffDecimals: r.averageStaffDecimals,
	averageStaffRounding: r.averageStaffRounding,
});

const span = (years: number[]) =>
	years.length ? `${years[0]}–${years.at(-1)} 年` : '（还没有任何年度的规则，请联系县残联）';

export function createLevyService({ db, levyRepo }: Deps) {
	async function area() {
		const county = (await levyRepo.countyCode(db)) ?? DEFAULT_COUNTY;
		return { county, city: county.slice(0, 4), province: county.slice(0, 2) };
	}

	/** The rule row for a collection year in this county's province, or a 422 naming the years there are. */
	async function ruleFor(collectionYear: number) {
		const { province } = await area();
		const rule = await levyRepo.rule(db, province, collectionYear);
		if (rule) return rule;
		const years = await levyRepo.ruleYears(db, province);
		throw new RuleViolationError(
			'levy_rules_missing',
			`还没有 ${collectionYear} 年的保障金规则，现在能算的征收年度是 ${span(years)}。`,
		);
	}

	/** Staff figures for a calendar year: the county's, else the city's, else the province's. */
	async function localFigures(dataYear: number) {
		const { county, city, province } = await area();
		const rows = await levyRepo.localWages(db, [county, city, province], dataYear);
		const pick = (f: 'averageAnnualWage' | 'minimumMonthlyWage') =>
			[county, city, province]
				.map((c) => rows.find((r) => r.areaCode === c)?.[f] ?? null)
				.find((v) => v !== null) ?? null;
		return {
			averageAnnualWage: pick('averageAnnualWage'),
			minimumMonthlyWage: pick('minimumMonthlyWage'),
		};
	}
	const localWage = async (dataYear: number) => (await localFigures(dataYear)).averageAnnualWage;

	/**
	 * Every employer with figures for a calendar year, in one pass: two queries, the same counting
	 * checks as the employer's dashboard (after an approved 年审 only the accepted people count),
	 * and the engine without its sentences; only the listed employers when `employerIds` is
	 * given (the overview's update after a change). The bureau overview,
	 * the agencies list and the disclosure all use these numbers.
	 */
	async function computeYear(dataYear: number, employerIds?: string[]) {
		const rule = toRuleSet(await ruleFor(dataYear + 1));
		const local = await localFigures(dataYear);
		const [rows, staff] = await Promise.all([
			levyRepo.yearFigures(db, dataYear, employerIds),
			levyRepo.yearEmployees(db, dataYear, employerIds),
		]);
		const counted = new Map<string, LevyDisabledEmployee[]>();
		for (const e of staff) {
			if (e.reviewApproved && e.reviewDecision !== 'accepted') continue;
			const c = checkEmployee(e, dataYear, local.minimumMonthlyWage, rule.countedMilitaryGrades);
			if (!c.counts || c.monthsUsed === 0) continue;
			const list = counted.get(e.employerId) ?? [];
			list.push({ certificate: e.certificateKind, level: e.level, months: c.monthsUsed });
			counted.set(e.employerId, list);
		}
		const employers: EmployerYear[] = rows.map(
			({ monthlyStaff, averageStaff, wageBill, ...employer }) => {
				const { steps: _steps, ...result } = computeLevy(
					rule,
					{
						employerKind: levyKindOf(employer.kind),
						wageBill,
						localAverageWage: local.averageAnnualWage,
						disabledEmployees: counted.get(employer.employerId) ?? [],
						...(monthlyStaff ? { monthlyStaff } : { averageStaff: averageStaff ?? '0' }),
					},
					{ explain: false },
				);
				return { ...employer, result };
			},
		);
		return { dataYear, collectionYear: dataYear + 1, rule, local, employers, counted };
	}

	return {
		area,
		ruleFor,
		localFigures,
		computeYear,

		async ruleYears(): Promise<LevyRuleYears> {
			const { province } = await area();
			return { provinceCode: province, years: await levyRepo.ruleYears(db, province) };
		},

		async estimate(
			body: Omit<LevyInput, 'localAverageWage'> & {
				collectionYear: number;
				localAverageWage?: number | undefined;
			},
		): Promise<LevyEstimate> {
			const rule = await ruleFor(body.collectionYear);
			const local = body.localAverageWage ?? (await localWage(body.collectionYear - 1));
			const result = computeLevy(toRuleSet(rule), { ...body, localAverageWage: local });
			return {
				collectionYear: body.collectionYear,
				localAverageWage: local === null ? null : Number(local),
				...result,
			};
		},
	};
}
