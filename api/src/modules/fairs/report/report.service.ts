import {
	CATEGORY_LABELS,
	EMPLOYER_KIND_LABELS,
	FAIR_REPORT_BREAKDOWN_FIGURES,
	FAIR_REPORT_DIMENSION_LABELS,
	FAIR_REPORT_FIGURES,
	LEVEL_LABELS,
	type FairReport,
	type FairReportBreakdown,
	type FairReportDimension,
	type FairReportFigure,
	type FairReportRow,
	type FairReportTotals,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { NotFoundError } from '../../../errors.js';
import {
	createFairReportRepository,
	type EmployerSideRow,
	type FairReportRepository,
	type SeekerSideRow,
} from './report.repository.js';
import { reportWorkbook } from './report.xlsx.js';

type Deps = { db: Db; repo?: FairReportRepository; now?: () => Date };
export type FairReportService = ReturnType<typeof createFairReportService>;
type Fair = NonNullable<Awaited<ReturnType<FairReportRepository['fair']>>>;
type Figures = Partial<Record<FairReportFigure, number>>;

const HISTORY_NOTE =
	'这场招聘会是在平台记录展位和报名之前举办的，下面是当时登记的合计数字，没有按残疾类别、等级、乡镇和单位类型的分项数字。';

const zeros = (): Record<FairReportFigure, number> =>
	Object.fromEntries(FAIR_REPORT_FIGURES.map((f) => [f, 0])) as Record<FairReportFigure, number>;

/** The figures of a grouped row, keeping only those of `keys`. */
const pick = (row: Figures | undefined, keys: readonly FairReportFigure[]): Figures =>
	Object.fromEntries(keys.map((k) => [k, row?.[k] ?? 0]));

const EMPLOYER_FIGURES = ['employers', 'postings', 'headcount'] as const;
const SEEKER_FIGURES = FAIR_REPORT_FIGURES.filter(
	(f) => !(EMPLOYER_FIGURES as readonly string[]).includes(f),
);

/**
 * The fair report (issue 14 §9): what the records of a fair add up to, overall and by the
 * seekers' disability category, level and township and the employers' township and kind.
 */
export function createFairReportService({
	db,
	repo = createFairReportRepository(),
	now = () => new Date(),
}: Deps) {
	/** A draft is nobody's report yet: it answers like a fair that does not exist. */
	async function reportedFair(id: string) {
		const f = await repo.fair(db, id);
		if (!f || f.state === 'draft') throw new NotFoundError('fair', id);
		return f;
	}

	const stored = (f: Fair) => [f.employerCount, f.postingCount, f.seekerCount, f.intentionCount];

	function historyTotals(f: Fair): FairReportTotals {
		const none = Object.fromEntries(FAIR_REPORT_FIGURES.map((k) => [k, null]));
		return {
			...(none as FairReportTotals),
			employers: f.employerCount,
			postings: f.postingCount,
			seekers: f.seekerCount,
			intentions: f.intentionCount,
		};
	}

	function breakdowns(
		employerSide: EmployerSideRow[],
		seekerSide: SeekerSideRow[],
		townshipNames: Map<string, string>,
	): FairReportBreakdown[] {
		const seekerBy = (flag: 'gCategory' | 'gLevel' | 'gTownship' | 'gKind') =>
			seekerSide.filter((r) => r[flag] === 0);
		const employerBy = (flag: 'gTownship' | 'gKind') => employerSide.filter((r) => r[flag] === 0);
		const make = (
			dimension: FairReportDimension,
			rows: { key: string; label: string; employer?: Figures; seeker?: Figures }[],
		): FairReportBreakdown => {
			const figures = [...FAIR_REPORT_BREAKDOWN_FIGURES[dimension]];
			return {
				dimension,
				title: FAIR_REPORT_DIMENSION_LABELS[dimension],
				figures,
				rows: rows.map((r): FairReportRow => ({
					key: r.key,
					label: r.label,
					...pick({ ...r.employer, ...r.seeker }, figures),
				})),
			};
		};
		const codes = <T extends Record<string | number, string>>(labels: T) =>
			Object.entries(labels).map(([key, label]) => ({ key, label }));

		const byCategory = seekerBy('gCategory');
		const byLevel = seekerBy('gLevel');
		const seekerTowns = seekerBy('gTownship');
		const employerTowns = employerBy('gTownship');
		// a registration has no employer: its rolled-up row of the kind set has kind null
		const seekerKinds = seekerBy('gKind').filter((r) => r.kind !== null);
		const employerKinds = employerBy('gKind');
		const towns = [
			...new Set([...employerTowns, ...seekerTowns].map((r) => r.townshipCode!)),
		].sort();

		return [
			make(
				'category',
				codes(CATEGORY_LABELS).map((c) => ({
					...c,
					seeker: byCategory.find((r) => String(r.category) === c.key),
				})),
			),
			make(
				'level',
				codes(LEVEL_LABELS).map((c) => ({
					...c,
					seeker: byLevel.find((r) => String(r.level) === c.key),
				})),
			),
			make(
				'township',
				towns.map((code) => ({
					key: code,
					label: townshipNames.get(code) ?? code,
					employer: employerTowns.find((r) => r.townshipCode === code),
					seeker: seekerTowns.find((r) => r.townshipCode === code),
				})),
			),
			make(
				'employerKind',
				codes(EMPLOYER_KIND_LABELS).map((c) => ({
					...c,
					employer: employerKinds.find((r) => r.kind === c.key),
					seeker: seekerKinds.find((r) => r.kind === c.key),
				})),
			),
		];
	}

	async function report(fairId: string): Promise<FairReport> {
		const f = await reportedFair(fairId);
		const head = {
			fair: {
				id: f.id,
				title: f.title,
				state: f.state,
				startsAt: f.startsAt.toISOString(),
				endsAt: f.endsAt.toISOString(),
			},
			generatedAt: now().toISOString(),
		};
		if (!(await repo.hasRecords(db, f.id)) && stored(f).some((n) => n !== null))
			return {
				...head,
				source: 'history',
				notes: [HISTORY_NOTE],
				totals: historyTotals(f),
				breakdowns: [],
			};
		const [employerSide, seekerSide, names] = await Promise.all([
			repo.employerSide(db, f.id),
			repo.seekerSide(db, f.id),
			repo.townshipNames(db),
		]);
		// the empty grouping set: one row even when nothing matched
		const all = (r: { gTownship: number; gKind: number }) => r.gTownship === 1 && r.gKind === 1;
		const employerTotal = employerSide.find(all);
		const seekerTotal = seekerSide.find((r) => all(r) && r.gCategory === 1 && r.gLevel === 1);
		return {
			...head,
			source: 'records',
			notes: [],
			totals: {
				...zeros(),
				...pick(employerTotal, EMPLOYER_FIGURES),
				...pick(seekerTotal, SEEKER_FIGURES),
			},
			breakdowns: breakdowns(employerSide, seekerSide, names),
		};
	}

	return {
		report,
		/** The same report as an Excel workbook, one sheet per breakdown. */
		async workbook(fairId: string) {
			const r = await report(fairId);
			return { data: await reportWorkbook(r), fileName: `${r.fair.title}-统计报告.xlsx` };
		},
	};
}
