import type {
	EmployerQuota,
	LevyEstimate,
	QuotaWhatIf,
	QuotaWhatIfBody,
	SaveQuotaYearBody,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { AuthUser } from '../auth/auth.service.js';
import { computeLevy, levyKindOf, type LevyDisabledEmployee } from './levy.engine.js';
import type { LevyRepository } from './levy.repository.js';
import { toRuleSet, type LevyService } from './levy.service.js';
import { checkEmployee } from './quota-checks.js';

type Deps = { db: Db; levyRepo: LevyRepository; levy: LevyService };
export type EmployerQuotaService = ReturnType<typeof createEmployerQuotaService>;

const CERT = { disability: '残疾人证', military: '残疾军人证' } as const;
const yuan = (n: number) =>
	`${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

/** The signed-in employer's own quota figures, levy and what-if (issue 5 item 4). */
export function createEmployerQuotaService({ db, levyRepo, levy }: Deps) {
	async function own(user: AuthUser) {
		if (!user.employerId) throw new ForbiddenError('这个账户还没有关联用人单位，请联系县残联。');
		const employer = await levyRepo.employer(db, user.employerId);
		if (!employer) throw new NotFoundError('employer');
		return employer;
	}

	async function load(user: AuthUser, year: number) {
		const employer = await own(user);
		const rule = await levy.ruleFor(year + 1);
		const local = await levy.localFigures(year);
		const figures = await levyRepo.levyYear(db, employer.id, year);
		const rows = await levyRepo.disabledEmployees(db, employer.id, year);
		const reviewStatus = await levyRepo.annualReviewStatus(db, employer.id, year);
		// once the 年审 is approved, only the people staff accepted count
		const approved = reviewStatus === 'approved';
		const ruleSet = toRuleSet(rule);
		const employees = rows.map((e) => {
			const c = checkEmployee(e, year, local.minimumMonthlyWage, ruleSet.countedMilitaryGrades);
			if (approved && e.reviewDecision !== 'accepted') {
				const why = e.reviewNote ? `：${e.reviewNote}` : '。';
				c.warnings.unshift(`年审没有通过这一位，不算${why}`);
				c.counts = false;
				c.monthsUsed = 0;
			}
			return {
				id: e.id,
				displayName: e.displayName || '（未填姓名）',
				certificateKind: e.certificateKind,
				level: e.level,
				monthsCounted: e.monthsCounted,
				monthsUsed: c.monthsUsed,
				counts: c.counts,
				contractStart: e.contractStart,
				contractEnd: e.contractEnd,
				monthlyWage: e.monthlyWage === null ? null : Number(e.monthlyWage),
				insuranceMonths: e.insuranceMonths,
				certificateValidUntil: e.certificateValidUntil,
				warnings: c.warnings,
			};
		});
		const counted: LevyDisabledEmployee[] = employees
			.filter((e) => e.counts && e.monthsUsed > 0)
			.map((e) => ({ certificate: e.certificateKind, level: e.level, months: e.monthsUsed }));
		const kind = levyKindOf(employer.kind);
		const estimateWith = (extra: LevyDisabledEmployee[] = []): LevyEstimate | null => {
			if (!figures) return null;
			const input = {
				employerKind: kind,
				wageBill: figures.wageBill,
				localAverageWage: local.averageAnnualWage,
				disabledEmployees: [...counted, ...extra],
				...(figures.monthlyStaff
					? { monthlyStaff: figures.monthlyStaff }
					: { averageStaff: figures.averageStaff ?? '0' }),
			};
			const r = computeLevy(ruleSet, input);
			const localAverageWage =
				local.averageAnnualWage === null ? null : Number(local.averageAnnualWage);
			return { collectionYear: year + 1, localAverageWage, ...r };
		};
		const notes: string[] = [
			approved
				? `${year} 年的年审已经审核通过：下面只算审核通过的人，这是核定的结果。`
				: `${year} 年的年审还没有审核通过：下面按本单位登记的名单估算，审核通过后以审核结果为准。`,
		];
		if (local.minimumMonthlyWage === null)
			notes.push(`还没有 ${year} 年当地最低工资的数字，没有检查工资是否低于最低工资。`);
		if (local.averageAnnualWage === null)
			notes.push(`还没有 ${year} 年当地社会平均工资的数字，没有按 2 倍封顶。`);
		return { employer, kind, figures, employees, notes, estimateWith, reviewStatus };
	}

	return {
		async get(user: AuthUser, year: number): Promise<EmployerQuota> {
			const d = await load(user, year);
			return {
				year,
				collectionYear: year + 1,
				employerName: d.employer.name,
				employerKind: d.kind,
				figures: d.figures
					? {
							monthlyStaff: d.figures.monthlyStaff,
							averageStaff: d.figures.averageStaff === null ? null : Number(d.figures.averageStaff),
							wageBill: Number(d.figures.wageBill),
						}
					: null,
				employees: d.employees,
				reviewStatus: d.reviewStatus,
				notes: d.notes,
				estimate: d.estimateWith(),
			};
		},

		async save(user: AuthUser, year: number, body: SaveQuotaYearBody) {
			const employer = await own(user);
			await levyRepo.saveLevyYear(db, {
				employerId: employer.id,
				year,
				monthlyStaff: body.monthlyStaff ?? null,
				averageStaff: body.averageStaff === undefined ? null : String(body.averageStaff),
				wageBill: String(body.wageBill),
				updatedByUserId: user.id,
			});
			return this.get(user, year);
		},

		async whatIf(user: AuthUser, year: number, body: QuotaWhatIfBody): Promise<QuotaWhatIf> {
			const d = await load(user, year);
			const hire = {
				certificate: body.certificate,
				level: body.level,
				months: 13 - body.fromMonth,
			};
			const before = d.estimateWith();
			const after = d.estimateWith([hire]);
			if (!before || !after) throw new NotFoundError('record', `${year} 年的职工人数和工资`);
			const saved = before.levyDue - after.levyDue;
			const summary =
				`如果从 ${body.fromMonth} 月起招一位${CERT[body.certificate]} ${body.level} 级的残疾人（算 ${hire.months} 个月）：` +
				`还差的人数从 ${before.shortfall} 变成 ${after.shortfall}，保障金从 ${yuan(before.levyDue)} 变成 ${yuan(after.levyDue)}` +
				(saved > 0 ? `，少交 ${yuan(saved)}。` : '，金额不变。');
			return { before, after, summary };
		},
	};
}
