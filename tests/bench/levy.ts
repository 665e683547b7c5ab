/**
 * Levy benchmark: the levy of 100,000 generated employers for one collection year. The rows are
 * generated inside PGlite (not timed), then loaded (timed separately) and run through the exact
 * engine without and with the Chinese steps; the 10 s target applies to the engine run. Baseline in the same run: a naive binary-float version of
 * the same formula over the same rows; we also count how often its amount differs by ≥ 0.01 yuan.
 * The machine is shared, so the 1-minute load average is recorded with the figures.
 * Then the bureau overview's page view (issue 11 item 11, target 300 ms): the first view computes
 * the year; later views, unchanged or after one roster row is added, reuse the kept figures.
 * The baseline for it is computeYearMs: what every view cost before the figures were kept.
 * Run: `pnpm --filter @ronghe/tests bench:levy`. Writes bench/results/levy.json.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import {
	createLevyRepository,
	createLevyService,
	createQuotaOverviewService,
} from '@ronghe/api/levy-batch';
import { computeLevy, levyKindOf, type LevyInput, type LevyRuleSet } from '@ronghe/api/levy-engine';
import { ensureReferenceData } from '@ronghe/db';
import { createTestDb } from '@ronghe/db/testing';

const EMPLOYERS = Number(process.env.BENCH_EMPLOYERS ?? 100_000);
const DATA_YEAR = 2024;
const TARGET_MS = 10_000;
const rowsOf = <T>(r: unknown) => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];

const handle = await createTestDb();
const { db } = handle;
await ensureReferenceData(db);

let t = performance.now();
// deterministic pseudo-random figures from the employer number n
await db.execute(sql`
	insert into employers (name, uscc, kind, township_code)
	select '基准单位' || n, 'B' || lpad(n::text, 17, '0'),
		(array['private','state_owned','agency','institution','social_organization','individual_business'])[1 + n % 6]::employer_kind,
		'140922100'
	from generate_series(1, ${EMPLOYERS}) n`);
await db.execute(sql`
	insert into employer_levy_years (employer_id, year, monthly_staff, wage_bill)
	select e.id, ${DATA_YEAR},
		array(select greatest(0, s.base + ((s.n * m * 31) % 7) - 3) from generate_series(1, 12) m),
		(s.base * (30000 + (s.n * 104729) % 90000))::numeric(14, 2) + (s.n % 100) / 100.0
	from employers e
	cross join lateral (select substr(e.uscc, 2)::bigint as n) k
	cross join lateral (select k.n, 5 + (k.n * 7919) % 400 as base) s`);
await db.execute(sql`
	insert into employer_disabled_employees (employer_id, year, certificate_kind, level, months_counted,
		contract_start, monthly_wage, insurance_months)
	select e.id, ${DATA_YEAR},
		(case when (k.n + j) % 10 = 0 then 'military' else 'disability' end)::certificate_kind,
		case when (k.n + j) % 10 = 0 then 1 + (k.n * j) % 10 else 1 + (k.n * j) % 4 end,
		1 + (k.n * j * 7) % 12,
		'2020-01-01'::date, 3000, 12
	from employers e
	cross join lateral (select substr(e.uscc, 2)::bigint as n) k
	cross join lateral generate_series(1, k.n % 4) j
	where k.n % 3 <> 0`);
const generateMs = performance.now() - t;

const [ruleRow] = rowsOf<Record<string, unknown>>(
	await db.execute(
		sql`select * from levy_rules where province_code = '14' and collection_year = ${DATA_YEAR + 1}`,
	),
);
const rule: LevyRuleSet = {
	collectionYear: DATA_YEAR + 1,
	quotaRatio: String(ruleRow!.quota_ratio),
	wageCapMultiple: ruleRow!.wage_cap_multiple as string | null,
	tierThreshold: ruleRow!.tier_threshold as string | null,
	rateAtOrAbove: String(ruleRow!.rate_at_or_above),
	rateBelow: String(ruleRow!.rate_below),
	smallEnterpriseMaxStaff: ruleRow!.small_enterprise_max_staff as number | null,
	doubleDisabilityLevels: ruleRow!.double_disability_levels as number[],
	doubleMilitaryGrades: ruleRow!.double_military_grades as number[],
	countedMilitaryGrades: ruleRow!.counted_military_grades as number[],
	averageStaffDecimals: Number(ruleRow!.average_staff_decimals),
	averageStaffRounding: String(ruleRow!.average_staff_rounding),
};
const LOCAL_WAGE = '60000.00';

// ---- timed: load the year's rows (one row per employer, lists as text) and shape engine inputs
t = performance.now();
const rows = rowsOf<{ kind: string; months: string; wage_bill: string; staff: string | null }>(
	await db.execute(sql`
		select e.kind, array_to_string(y.monthly_staff, ',') as months, y.wage_bill, d.staff
		from employer_levy_years y
		join employers e on e.id = y.employer_id
		left join (
			select employer_id, string_agg(certificate_kind::text || ':' || level || ':' || months_counted, ',') as staff
			from employer_disabled_employees where year = ${DATA_YEAR} group by employer_id
		) d on d.employer_id = y.employer_id
		where y.year = ${DATA_YEAR}`),
);
let disabledCount = 0;
const inputs: LevyInput[] = rows.map((r) => ({
	employerKind: levyKindOf(r.kind),
	monthlyStaff: r.months.split(',').map(Number),
	wageBill: r.wage_bill,
	localAverageWage: LOCAL_WAGE,
	disabledEmployees: r.staff
		? r.staff.split(',').map((item) => {
				const [certificate, level, months] = item.split(':');
				disabledCount += 1;
				return {
					certificate: certificate as 'disability' | 'military',
					level: Number(level),
					months: Number(months),
				};
			})
		: [],
}));
const loadMs = performance.now() - t;

const timed = <T>(fn: () => T): [T, number] => {
	const start = performance.now();
	const out = fn();
	return [out, performance.now() - start];
};

const [exact, engineMs] = timed(() => inputs.map((i) => computeLevy(rule, i, { explain: false })));
const [, engineWithStepsMs] = timed(() => inputs.map((i) => computeLevy(rule, i)));

/** The same formula with binary floats and Math.round at the end: the naive way. */
function floatLevy(input: LevyInput): number {
	const n = Math.floor((input.monthlyStaff!.reduce((a, b) => a + b, 0) / 12) * 100) / 100;
	let counted = 0;
	for (const e of input.disabledEmployees) {
		const weight =
			e.certificate === 'military'
				? rule.countedMilitaryGrades.includes(e.level)
					? rule.doubleMilitaryGrades.includes(e.level)
						? 2
						: 1
					: 0
				: rule.doubleDisabilityLevels.includes(e.level)
					? 2
					: 1;
		counted += (weight * e.months) / 12;
	}
	const shortfall = Math.max(0, n * 0.015 - counted);
	if (n === 0 || shortfall === 0) return 0;
	if (input.employerKind === 'enterprise' && n <= 30) return 0;
	const wage = Math.min(Number(input.wageBill) / n, 2 * Number(LOCAL_WAGE));
	const rate = counted / n >= 0.01 ? 0.5 : 0.9;
	return Math.round(shortfall * wage * rate * 100) / 100;
}
const [floats, floatMs] = timed(() => inputs.map(floatLevy));

// ---- timed: the path the bureau overview and the disclosure take (levy.computeYear): two
// queries, the counting checks of every employee, the engine without sentences
const levyService = createLevyService({ db, levyRepo: createLevyRepository() });
t = performance.now();
const year = await levyService.computeYear(DATA_YEAR);
const computeYearMs = performance.now() - t;

// ---- timed: the overview's page views (first, unchanged, after one change)
const levyRepo = createLevyRepository();
const overview = createQuotaOverviewService({
	db,
	levy: createLevyService({ db, levyRepo }),
	levyRepo,
	now: () => new Date(`${DATA_YEAR + 1}-06-01T00:00:00Z`),
});
const view = async () => {
	const start = performance.now();
	const page = await overview.overview({ year: DATA_YEAR, page: 1, pageSize: 20 });
	return { ms: performance.now() - start, page };
};
const firstView = await view();
const unchangedView = await view();
await db.execute(sql`
	insert into employer_disabled_employees (employer_id, year, certificate_kind, level, months_counted,
		contract_start, monthly_wage, insurance_months)
	select id, ${DATA_YEAR}, 'disability', 2, 12, '2020-01-01'::date, 3000, 12
	from employers where uscc = 'B00000000000000003'`);
const changedView = await view();
const OVERVIEW_TARGET_MS = 300;

const floatDiffers = floats.filter((f, i) => Math.abs(f - exact[i]!.levyDue) >= 0.005).length;

await handle.close();
const total = exact.reduce((s, r) => s + Math.round(r.levyDue * 100), 0) / 100;
const result = {
	when: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		node: process.version,
		database: 'PGlite (in-process, in-memory)',
	},
	employers: inputs.length,
	disabledEmployees: disabledCount,
	loadAverage1m: loadavg()[0],
	generateMs: Math.round(generateMs),
	loadMs: Math.round(loadMs),
	engineMs: Math.round(engineMs),
	engineWithStepsMs: Math.round(engineWithStepsMs),
	loadPlusEngineMs: Math.round(loadMs + engineMs),
	computeYearMs: Math.round(computeYearMs),
	computeYearEmployers: year.employers.length,
	baselineFloatMs: Math.round(floatMs),
	baselineFloatAmountsOffByAFenOrMore: floatDiffers,
	owing: exact.filter((r) => r.levyDue > 0).length,
	exempt: exact.filter((r) => r.exempt).length,
	totalLevyDueYuan: total,
	targetMs: TARGET_MS,
	overview: {
		employers: firstView.page.employersWithFigures,
		firstViewMs: Math.round(firstView.ms),
		unchangedViewMs: Math.round(unchangedView.ms),
		afterOneChangeViewMs: Math.round(changedView.ms),
		baselineEveryViewMs: Math.round(computeYearMs),
		targetMs: OVERVIEW_TARGET_MS,
	},
};
writeFileSync(
	join(import.meta.dirname, 'results', 'levy.json'),
	JSON.stringify(result, null, 2) + '\n',
);
console.log(JSON.stringify(result, null, 2));
// the target is for the computation; loading from the in-process WASM database is reported beside
// it, and the whole service path (load + checks + engine) is held to the target too
const ok =
	result.engineMs < TARGET_MS &&
	result.computeYearMs < TARGET_MS &&
	result.overview.unchangedViewMs <= OVERVIEW_TARGET_MS &&
	result.overview.afterOneChangeViewMs <= OVERVIEW_TARGET_MS;
console.log(
	ok ? 'levy benchmark within target' : 'levy benchmark SLOWER than the 10-second target',
);
process.exit(ok ? 0 : 1);
