import ExcelJS from 'exceljs';
import {
	EMPLOYER_KIND_LABELS,
	type EmployerKind,
	type QuotaAgencies,
	type QuotaAgenciesQuery,
	type QuotaEmployerRow,
	type QuotaOverview,
	type QuotaOverviewQuery,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { computeLevy } from '../levy/levy.engine.js';
import type { LevyRepository } from '../levy/levy.repository.js';
import type { LevyService } from '../levy/levy.service.js';
import { createQuotaFigures } from './quota-figures.js';

type Deps = { db: Db; levy: LevyService; levyRepo: LevyRepository; now: () => Date };
export type QuotaOverviewService = ReturnType<typeof createQuotaOverviewService>;

const DEFAULT_TARGET = {
	agencyMinAuthorizedStaff: 50,
	institutionMinAuthorizedStaff: 67,
	byYear: 2027,
};
type County = Pick<
	QuotaOverview,
	| 'employersWithFigures'
	| 'compliantCount'
	| 'complianceRate'
	| 'totalShortfall'
	| 'totalLevyDue'
	| 'byKind'
	| 'byTownship'
>;

/** The bureau's county view of one year (issue 5 items 5 and 8), from the levy module's batch. */
export function createQuotaOverviewService({ db, levy, levyRepo, now }: Deps) {
	const lastYear = () => now().getFullYear() - 1;

	const figures = createQuotaFigures({ db, levy, levyRepo });

	async function rows(year: number, q: Pick<QuotaOverviewQuery, 'kind' | 'township'> = {}) {
		const computed = await figures.year(year);
		const all = computed.rows;
		const filtered =
			q.kind || q.township
				? all.filter(
						(r) => (!q.kind || r.kind === q.kind) && (!q.township || r.townshipCode === q.township),
					)
				: all;
		return { computed, all, filtered };
	}

	// the county-wide figures, worked out once per version of the kept rows (a new array after
	// every change), so an unchanged county's page view only slices the list
	const counties = new WeakMap<QuotaEmployerRow[], County>();
	function countyOf(all: QuotaEmployerRow[]): County {
		const known = counties.get(all);
		if (known) return known;
		// one pass, summing in whole units of the rounding (so totals never pick up binary-float
		// dust), not a pass per figure and kind:
		// this runs after every change, over every employer of the county
		let compliant = 0;
		let shortfall = 0;
		let levyDue = 0;
		const kinds = new Map<
			EmployerKind,
			{ employers: number; shortfall: number; levyDue: number }
		>();
		const townships = new Map<string, { name: string; employers: number; compliant: number }>();
		for (const r of all) {
			const s = Math.round(r.shortfall * 10_000);
			const l = Math.round(r.levyDue * 100);
			const ok = r.shortfall === 0 ? 1 : 0;
			compliant += ok;
			shortfall += s;
			levyDue += l;
			const k = kinds.get(r.kind) ?? { employers: 0, shortfall: 0, levyDue: 0 };
			k.employers += 1;
			k.shortfall += s;
			k.levyDue += l;
			kinds.set(r.kind, k);
			const t = townships.get(r.townshipCode) ?? {
				name: r.townshipName,
				employers: 0,
				compliant: 0,
			};
			t.employers += 1;
			t.compliant += ok;
			townships.set(r.townshipCode, t);
		}
		const county: County = {
			employersWithFigures: all.length,
			compliantCount: compliant,
			complianceRate: all.length ? compliant / all.length : null,
			totalShortfall: shortfall / 10_000,
			totalLevyDue: levyDue / 100,
			byKind: (Object.keys(EMPLOYER_KIND_LABELS) as EmployerKind[]).flatMap((kind) => {
				const k = kinds.get(kind);
				return k
					? [
							{
								kind,
								employers: k.employers,
								shortfall: k.shortfall / 10_000,
								levyDue: k.levyDue / 100,
							},
						]
					: [];
			}),
			byTownship: [...townships.entries()]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([code, t]) => ({
					townshipCode: code,
					townshipName: t.name,
					employers: t.employers,
					compliant: t.compliant,
					complianceRate: t.compliant / t.employers,
				})),
		};
		counties.set(all, county);
		return county;
	}

	async function placementTarget() {
		const value = (await levyRepo.setting(db, 'quota.placementTarget')) as
			Partial<typeof DEFAULT_TARGET> | undefined;
		return { ...DEFAULT_TARGET, ...(value ?? {}) };
	}

	return {
		async overview(q: QuotaOverviewQuery): Promise<QuotaOverview> {
			const year = q.year ?? lastYear();
			const { computed, all, filtered } = await rows(year, q);
			const notes: string[] = [];
			if (all.length === 0)
				notes.push(`${year} 年还没有单位填写职工人数和工资，没有可统计的数字。`);
			if (computed.local.averageAnnualWage === null)
				notes.push(`还没有 ${year} 年当地社会平均工资的数字，保障金没有按 2 倍封顶。`);
			if (computed.local.minimumMonthlyWage === null)
				notes.push(`还没有 ${year} 年当地最低工资的数字，没有检查残疾职工工资是否低于最低工资。`);
			const start = (q.page - 1) * q.pageSize;
			return {
				year,
				collectionYear: computed.collectionYear,
				...countyOf(all),
				list: {
					items: filtered.slice(start, start + q.pageSize),
					total: filtered.length,
					page: q.page,
					pageSize: q.pageSize,
				},
				notes,
			};
		},

		/** The list as .xlsx (all pages, the same filters and order). */
		async export(q: Pick<QuotaOverviewQuery, 'year' | 'kind' | 'township'>) {
			const year = q.year ?? lastYear();
			const { filtered } = await rows(year, q);
			const workbook = new ExcelJS.Workbook();
			workbook.creator = '融合就业';
			const ws = workbook.addWorksheet(`${year}年按比例就业`, {
				views: [{ state: 'frozen', ySplit: 1 }],
			});
			ws.columns = [
				{ header: '单位名称', width: 32 },
				{ header: '单位类型', width: 12 },
				{ header: '乡镇', width: 12 },
				{ header: '平均职工人数', width: 14 },
				{ header: '应安排残疾人（人）', width: 18 },
				{ header: '已安排残疾人（人）', width: 18 },
				{ header: '还差（人）', width: 12 },
				{ header: '应缴保障金（元）', width: 18 },
				{ header: '小微企业免缴', width: 14 },
			];
			ws.getRow(1).font = { bold: true };
			for (const r of filtered)
				ws.addRow([
					r.name,
					EMPLOYER_KIND_LABELS[r.kind],
					r.townshipName,
					r.averageStaff,
					r.requiredCount,
					r.placedCount,
					r.shortfall,
					r.levyDue,
					r.exempt ? '是' : '否',
				]);
			ws.getColumn(8).numFmt = '#,##0.00';
			return {
				data: Buffer.from(await workbook.xlsx.writeBuffer()),
				fileName: `按比例就业-${year}年.xlsx`,
			};
		},

		/**
		 * 党政机关 and 事业单位 at or above the 编制 thresholds (schools and kindergartens left out)
		 * that are below the ratio. Without the year's staff figures, the 编制数 stands in for them.
		 */
		async agencies(query: QuotaAgenciesQuery): Promise<QuotaAgencies> {
			const year = query.year || lastYear();
			const { page, pageSize } = query;
			const target = await placementTarget();
			const computed = await levy.computeYear(year);
			const figures = new Map(computed.employers.map((e) => [e.employerId, e]));
			const candidates = await levyRepo.staffedPublicEmployers(db);
			const min = (kind: string) =>
				kind === 'agency' ? target.agencyMinAuthorizedStaff : target.institutionMinAuthorizedStaff;
			const big = candidates.filter(
				(c) => c.authorizedStaff !== null && c.authorizedStaff >= min(c.kind),
			);
			const items = big
				.filter((c) => !c.schoolOrKindergarten)
				.map((c) => {
					const known = figures.get(c.employerId);
					const result =
						known?.result ??
						computeLevy(
							computed.rule,
							{
								employerKind: c.kind === 'agency' ? 'agency' : 'institution',
								averageStaff: c.authorizedStaff ?? 0,
								wageBill: 0,
								disabledEmployees: computed.counted.get(c.employerId) ?? [],
							},
							{ explain: false },
						);
					return {
						employerId: c.employerId,
						name: c.name,
						kind: c.kind as 'agency' | 'institution',
						townshipCode: c.townshipCode,
						townshipName: c.townshipName,
						authorizedStaff: c.authorizedStaff ?? 0,
						basis: known ? ('figures' as const) : ('authorizedStaff' as const),
						requiredCount: result.requiredCount,
						placedCount: result.countedDisabled,
						shortfall: result.shortfall,
					};
				})
				.filter((i) => i.shortfall > 0)
				.sort((a, b) => b.shortfall - a.shortfall || a.name.localeCompare(b.name, 'zh-CN'));
			return {
				year,
				byYear: target.byYear,
				agencyMinAuthorizedStaff: target.agencyMinAuthorizedStaff,
				institutionMinAuthorizedStaff: target.institutionMinAuthorizedStaff,
				excludedSchools: big.filter((c) => c.schoolOrKindergarten).length,
				items: items.slice((page - 1) * pageSize, page * pageSize),
				total: items.length,
				page,
				pageSize,
			};
		},
	};
}
