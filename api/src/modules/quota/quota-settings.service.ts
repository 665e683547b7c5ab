import type { z } from 'zod';
import type {
	LevyRuleRow,
	LocalWageList,
	SaveLevyRuleBodySchema,
	SaveLocalWageBodySchema,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { LevyRule, LocalAverageWage } from '@ronghe/db/schema';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { LevyRepository } from '../levy/levy.repository.js';
import type { LevyService } from '../levy/levy.service.js';
import type { QuotaRepository } from './quota.repository.js';

type Deps = { db: Db; levy: LevyService; levyRepo: LevyRepository; quotaRepo: QuotaRepository };
export type QuotaSettingsService = ReturnType<typeof createQuotaSettingsService>;
type SaveWage = z.output<typeof SaveLocalWageBodySchema>;
type SaveRule = z.output<typeof SaveLevyRuleBodySchema>;

const num = (v: string | null) => (v === null ? null : Number(v));
const text = (v: number | null) => (v === null ? null : String(v));

export const toRule = (r: LevyRule): LevyRuleRow => ({
	provinceCode: r.provinceCode,
	collectionYear: r.collectionYear,
	quotaRatio: Number(r.quotaRatio),
	wageCapMultiple: num(r.wageCapMultiple),
	tierThreshold: num(r.tierThreshold),
	rateAtOrAbove: Number(r.rateAtOrAbove),
	rateBelow: Number(r.rateBelow),
	smallEnterpriseMaxStaff: r.smallEnterpriseMaxStaff,
	doubleDisabilityLevels: r.doubleDisabilityLevels,
	doubleMilitaryGrades: r.doubleMilitaryGrades,
	countedMilitaryGrades: r.countedMilitaryGrades,
	averageStaffDecimals: r.averageStaffDecimals,
	averageStaffRounding: r.averageStaffRounding,
	source: r.source,
	updatedAt: r.updatedAt.toISOString(),
});

/** Staff keep the local wage figures and the levy rules (issue 5 item 1); each change is audited. */
export function createQuotaSettingsService({ db, levy, levyRepo, quotaRepo }: Deps) {
	async function areaNames() {
		const county = (await levyRepo.setting(db, 'county')) as
			{ code?: string; name?: string; city?: string; province?: string } | undefined;
		const { county: code } = await levy.area();
		const names = new Map<string, string>();
		names.set(code, county?.name ?? code);
		if (county?.city) names.set(code.slice(0, 4), county.city);
		if (county?.province) names.set(code.slice(0, 2), county.province);
		return { code, names };
	}
	const toWage = (names: Map<string, string>) => (w: LocalAverageWage) => ({
		areaCode: w.areaCode,
		areaName: names.get(w.areaCode) ?? w.areaCode,
		year: w.year,
		averageAnnualWage: Number(w.averageAnnualWage),
		minimumMonthlyWage: num(w.minimumMonthlyWage),
		source: w.source,
		updatedAt: w.updatedAt.toISOString(),
	});

	return {
		async wages(): Promise<LocalWageList> {
			const { code, names } = await areaNames();
			const rows = await quotaRepo.wages(db);
			return { countyCode: code, items: rows.map(toWage(names)) };
		},

		async saveWage(
			user: AuthUser,
			areaCode: string,
			year: number,
			body: SaveWage,
			meta: AuditMeta,
		) {
			await db.transaction(async (tx) => {
				const before = await quotaRepo.wage(tx, areaCode, year);
				await quotaRepo.saveWage(tx, {
					areaCode,
					year,
					averageAnnualWage: body.averageAnnualWage.toFixed(2),
					minimumMonthlyWage: text(body.minimumMonthlyWage ?? null),
					source: body.source,
					enteredByUserId: user.id,
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'quota.wage_save',
					entity: 'local_average_wage',
					entityId: `${areaCode}/${year}`,
					detail: {
						created: !before,
						averageAnnualWage: {
							from: num(before?.averageAnnualWage ?? null),
							to: body.averageAnnualWage,
						},
						minimumMonthlyWage: {
							from: num(before?.minimumMonthlyWage ?? null),
							to: body.minimumMonthlyWage ?? null,
						},
					},
					...meta,
				});
			});
			const { names } = await areaNames();
			return toWage(names)((await quotaRepo.wage(db, areaCode, year))!);
		},

		async rules() {
			const { province } = await levy.area();
			return { provinceCode: province, items: (await quotaRepo.rules(db, province)).map(toRule) };
		},

		/** Edits a row, or adds a new collection year's row (a change of law is a new row). */
		async saveRule(
			user: AuthUser,
			provinceCode: string,
			collectionYear: number,
			body: SaveRule,
			meta: AuditMeta,
		): Promise<LevyRuleRow> {
			const sorted = (a: number[]) => [...new Set(a)].sort((x, y) => x - y);
			const row = {
				provinceCode,
				collectionYear,
				quotaRatio: String(body.quotaRatio),
				wageCapMultiple: text(body.wageCapMultiple),
				tierThreshold: text(body.tierThreshold),
				rateAtOrAbove: String(body.rateAtOrAbove),
				rateBelow: String(body.rateBelow),
				smallEnterpriseMaxStaff: body.smallEnterpriseMaxStaff,
				doubleDisabilityLevels: sorted(body.doubleDisabilityLevels),
				doubleMilitaryGrades: sorted(body.doubleMilitaryGrades),
				countedMilitaryGrades: sorted(body.countedMilitaryGrades),
				averageStaffDecimals: body.averageStaffDecimals,
				averageStaffRounding: body.averageStaffRounding,
				source: body.source,
			};
			await db.transaction(async (tx) => {
				const before = await levyRepo.rule(tx, provinceCode, collectionYear);
				await quotaRepo.saveRule(tx, row);
				const changed = before
					? Object.entries(toRule({ ...before, ...row }))
							.filter(
								([k, v]) =>
									k !== 'updatedAt' &&
									JSON.stringify(v) !== JSON.stringify(toRule(before)[k as keyof LevyRuleRow]),
							)
							.map(([k]) => k)
					: ['new'];
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'quota.rule_save',
					entity: 'levy_rule',
					entityId: `${provinceCode}/${collectionYear}`,
					detail: { created: !before, fields: changed },
					...meta,
				});
			});
			return toRule((await levyRepo.rule(db, provinceCode, collectionYear))!);
		},
	};
}
