import {
	EMPLOYMENT_FORM_LABELS,
	INDICATOR_CODES,
	INDICATOR_STATUS_LABELS,
	INDICATORS,
	indicatorStatus,
	TOWNSHIP_INDICATORS,
	type IndicatorCode,
	type IndicatorList,
	type IndicatorTargetInput,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import { createIndicatorsRepository, type IndicatorsRepository } from './indicators.repository.js';
import { indicatorsWorkbook } from './indicators.xlsx.js';

type Deps = {
	db: Db;
	repo?: IndicatorsRepository;
	/** 党政机关 and 事业单位 below the ratio that have placed nobody yet (the quota module knows). */
	agenciesOwing: (year: number, township: string | null) => Promise<number | null>;
	now?: () => Date;
};
export type IndicatorsService = ReturnType<typeof createIndicatorsService>;

/** Where the people or units behind each number are listed. */
const LINKS: Partial<Record<IndicatorCode, string>> = {
	trained_year: '/staff/training',
	trained_since_2021: '/staff/training',
	training_rate: '/staff/training',
	new_employment: '/staff/registry',
	agencies_owing: '/staff/quota/agencies',
	public_welfare_disabled: '/staff/public-welfare',
	public_welfare_relatives: '/staff/public-welfare',
	massage_certified: '/staff/massage',
	fairs_held: '/staff/fairs',
};

/**
 * The plan's indicators for one year (issue 15 §7, docs/indicators.md): each counted from the
 * records, with the year's target (staff edit it) and whether it is met.
 */
export function createIndicatorsService({
	db,
	repo = createIndicatorsRepository(),
	agenciesOwing,
	now = () => new Date(),
}: Deps) {
	return {
		async list(actor: AuthUser, q: { year?: number; township?: string }): Promise<IndicatorList> {
			const today = localDay(now());
			const year = q.year ?? Number(today.slice(0, 4));
			const from = `${year}-01-01`;
			const end = `${year}-12-31`;
			const to = end < today ? end : today;
			// township staff always see their own township
			const township = scopeOf(actor) ?? q.township ?? null;
			const [trainedYear, trainedAll, rate, employment, welfare, massage, fairs, owing, targets] =
				await Promise.all([
					repo.trained(db, from, to, township),
					repo.trained(db, '2021-01-01', to, township),
					repo.trainingRate(db, to, township),
					repo.newEmployment(db, from, to, township),
					repo.publicWelfare(db, from, to, township),
					repo.massageCertified(db, to, township),
					repo.fairs(db, from, to),
					agenciesOwing(year, township),
					repo.targets(db, year),
				]);
			const set = new Map(targets.map((t) => [t.code, t]));
			const newTotal = employment.reduce((a, r) => a + Number(r.n), 0);
			const actuals: Record<IndicatorCode, number | null> = {
				trained_year: trainedYear,
				trained_since_2021: trainedAll,
				training_rate: rate.needing ? rate.met / rate.needing : null,
				new_employment: newTotal,
				agencies_owing: owing,
				federation_cadre: set.get('federation_cadre')?.manualActual ?? null,
				public_welfare_disabled: welfare.disabled,
				public_welfare_relatives: welfare.relatives,
				massage_certified: massage,
				fairs_held: fairs.held,
			};
			const parts: Partial<Record<IndicatorCode, { label: string; value: number }[]>> = {
				training_rate: [
					{ label: '有培训需求的人', value: rate.needing },
					{ label: '其中已经培训的', value: rate.met },
				],
				new_employment: employment.map((r) => ({
					label: r.form
						? EMPLOYMENT_FORM_LABELS[r.form as keyof typeof EMPLOYMENT_FORM_LABELS]
						: '没填形式',
					value: Number(r.n),
				})),
				fairs_held: [
					{ label: '报名参会的求职者', value: fairs.registered },
					{ label: '在招聘会上被录用的', value: fairs.hired },
				],
			};
			const codes = township
				? INDICATOR_CODES.filter((c) => TOWNSHIP_INDICATORS.includes(c))
				: INDICATOR_CODES;
			return {
				year,
				townshipCode: township,
				townshipName: township ? await repo.townshipName(db, township) : null,
				items: codes.map((code) => {
					const def = INDICATORS[code];
					const row = set.get(code);
					// a township's view has no county targets: it shows its share of the work
					const target = township ? null : row ? (row.target ?? null) : def.defaultTarget;
					const status = indicatorStatus(code, actuals[code], target);
					return {
						code,
						label: def.label,
						unit: def.unit,
						source: def.source,
						actual: actuals[code],
						target,
						status,
						statusLabel: INDICATOR_STATUS_LABELS[status],
						link: LINKS[code] ?? null,
						note: township ? '' : (row?.note ?? ''),
						parts: parts[code] ?? [],
					};
				}),
			};
		},

		/** The same list as a workbook, named for the year (and township). */
		async export(actor: AuthUser, q: { year?: number; township?: string }) {
			const list = await this.list(actor, q);
			const where = list.townshipName ? `（${list.townshipName}）` : '';
			return {
				data: await indicatorsWorkbook(list),
				fileName: `${list.year}年规划指标${where}.xlsx`,
			};
		},

		async saveTarget(
			actor: AuthUser,
			year: number,
			code: IndicatorCode,
			input: Required<Pick<IndicatorTargetInput, 'note'>> & {
				target: number | null;
				manualActual: number | null;
			},
			meta: AuditMeta,
		) {
			await db.transaction(async (tx) => {
				await repo.saveTarget(tx, { year, code, ...input, updatedByUserId: actor.id });
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'indicator.target',
					entity: 'indicator',
					entityId: `${year}:${code}`,
					detail: { target: input.target, manualActual: input.manualActual },
					...meta,
				});
			});
			return this.list(actor, { year });
		},
	};
}
