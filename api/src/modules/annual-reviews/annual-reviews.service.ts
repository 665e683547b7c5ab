import {
	ANNUAL_REVIEW_STATUS_LABELS,
	type AnnualReviewDetail,
	type AnnualReviewExportQuery,
	type AnnualReviewList,
	type AnnualReviewListQuery,
	type DecideEmployeeBody,
	type UnmaskedCertificate,
} from '@ronghe/contracts';
import type { Db, FieldCipher } from '@ronghe/db';
import { NotFoundError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { appendFromRoster } from '../employment/employment.repository.js';
import type { LevyRepository } from '../levy/levy.repository.js';
import type { LevyService } from '../levy/levy.service.js';
import type { AnnualReviewsRepository } from './annual-reviews.repository.js';
import { certificationWorkbook } from './certification-export.js';
import { overlapFlags } from './flags.js';
import { checkContext, employeeView, reviewState } from './review-context.js';

type Deps = {
	db: Db;
	repo: AnnualReviewsRepository;
	levyRepo: LevyRepository;
	levy: LevyService;
	cipher: FieldCipher;
	now: () => Date;
};
export type AnnualReviewsService = ReturnType<typeof createAnnualReviewsService>;

const NOT_WAITING = '这份年审现在不是“等待审核”的状态，不能做这个操作。请刷新页面看看最新情况。';

/** Staff verify each person of an employer's 年审, then approve or return it (issue 5 item 6). */
export function createAnnualReviewsService({ db, repo, levyRepo, levy, cipher, now }: Deps) {
	async function get(employerId: string, year: number): Promise<AnnualReviewDetail> {
		const [employer, review] = await Promise.all([
			repo.employer(db, employerId),
			repo.review(db, employerId, year),
		]);
		if (!employer || !review) throw new NotFoundError('annual_review', `${employerId}/${year}`);
		const rows = await levyRepo.disabledEmployees(db, employerId, year);
		const hashes = rows.flatMap((r) => (r.idNumberHash ? [r.idNumberHash] : []));
		const [check, elsewhere] = await Promise.all([
			checkContext(levy, year),
			repo.sameHashElsewhere(db, employerId, year, hashes),
		]);
		const employees = rows.map((e) => {
			const { warnings, ...rest } = employeeView(e, cipher, check);
			const c = check(e);
			const long = rest.certificateNumberMasked.length > 20 && e.certificateKind === 'disability';
			return {
				...rest,
				idNumberMasked: e.idNumberMasked,
				inRegistry: e.personId !== null,
				counts: c.counts,
				monthsUsed: c.monthsUsed,
				flags: [
					...warnings,
					...overlapFlags(e, year, elsewhere),
					...(long ? ['残疾人证号超过 20 位，可能是换证或补证号码，请核对原件。'] : []),
				],
			};
		});
		return {
			...reviewState(year, review),
			employerId,
			employerName: employer.name,
			uscc: employer.uscc,
			employees,
			pending: employees.filter((e) => e.reviewDecision === 'pending').length,
		};
	}

	/** Runs `change` on a review that is waiting for staff, with the review row locked. */
	async function whileWaiting(employerId: string, year: number, change: (tx: Db) => Promise<void>) {
		await db.transaction(async (tx) => {
			if (!(await repo.review(tx, employerId, year)))
				throw new NotFoundError('annual_review', `${employerId}/${year}`);
			const review = await repo.lockReview(tx, employerId, year);
			if (review.status !== 'submitted')
				throw new RuleViolationError('review_not_waiting', NOT_WAITING);
			await change(tx);
		});
	}

	async function rowOf(employerId: string, year: number, employeeId: string, tx: Db = db) {
		const row = await repo.employee(tx, employeeId);
		if (!row || row.employerId !== employerId || row.year !== year)
			throw new NotFoundError('employee', employeeId);
		return row;
	}

	const entityId = (employerId: string, year: number) => `${employerId}/${year}`;

	return {
		get,

		async list(q: AnnualReviewListQuery): Promise<AnnualReviewList> {
			const { rows, total } = await repo.list(
				db,
				{ year: q.year, status: q.status },
				q.pageSize,
				(q.page - 1) * q.pageSize,
			);
			return {
				items: rows.map(({ review, employerName, employees }) => ({
					employerId: review.employerId,
					employerName,
					year: review.year,
					status: review.status,
					statusLabel: ANNUAL_REVIEW_STATUS_LABELS[review.status],
					submittedAt: review.submittedAt?.toISOString() ?? null,
					employees,
				})),
				total,
				page: q.page,
				pageSize: q.pageSize,
			};
		},

		/** The full numbers of one person, written to the audit log like the registry unmask. */
		async unmask(
			user: AuthUser,
			employerId: string,
			year: number,
			employeeId: string,
			meta: AuditMeta,
		): Promise<UnmaskedCertificate> {
			const row = await rowOf(employerId, year, employeeId);
			await writeAudit(db, {
				actorUserId: user.id,
				onBehalfOfPersonId: row.personId,
				action: 'annual_review.unmask',
				entity: 'employer_disabled_employee',
				entityId: employeeId,
				detail: { fields: ['certificateNumber'], employerId, year },
				...meta,
			});
			const number = row.certificateNumberEnc ? cipher.decrypt(row.certificateNumberEnc) : '';
			const idNumber =
				row.certificateKind === 'disability' ? number.slice(0, 18) : row.idNumberMasked;
			return { certificateNumber: number, idNumber };
		},

		async decide(
			user: AuthUser,
			employerId: string,
			year: number,
			employeeId: string,
			body: DecideEmployeeBody,
			meta: AuditMeta,
		) {
			await whileWaiting(employerId, year, async (tx) => {
				await rowOf(employerId, year, employeeId, tx);
				await repo.updateEmployee(tx, employeeId, {
					reviewDecision: body.decision,
					reviewNote: body.note ?? '',
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'annual_review.decide',
					entity: 'employer_disabled_employee',
					entityId: employeeId,
					detail: { decision: body.decision, employerId, year },
					...meta,
				});
			});
			return get(employerId, year);
		},

		/** Approving an approved review again changes nothing (idempotent). */
		async approve(user: AuthUser, employerId: string, year: number, meta: AuditMeta) {
			const review = await repo.review(db, employerId, year);
			if (review?.status === 'approved') return get(employerId, year);
			const employer = await repo.employer(db, employerId);
			await whileWaiting(employerId, year, async (tx) => {
				const rows = await levyRepo.disabledEmployees(tx, employerId, year);
				const pending = rows.filter((r) => r.reviewDecision === 'pending').length;
				if (pending > 0)
					throw new RuleViolationError(
						'review_pending_people',
						`还有 ${pending} 位没有决定“通过”或“不通过”。请逐一决定后再审核通过。`,
					);
				await repo.setReview(tx, employerId, year, {
					status: 'approved',
					reviewedAt: now(),
					reviewedByUserId: user.id,
				});
				// the accepted people of the registry are employed there (docs/employment.md)
				for (const r of rows)
					if (r.reviewDecision === 'accepted' && r.personId)
						await appendFromRoster(tx, {
							personId: r.personId,
							employerId,
							employerName: employer?.name ?? '',
							startedOn: r.contractStart,
							socialInsurance: r.insuranceMonths > 0,
							recordedByUserId: user.id,
						});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'annual_review.approve',
					entity: 'annual_review',
					entityId: entityId(employerId, year),
					detail: { accepted: rows.filter((r) => r.reviewDecision === 'accepted').length },
					...meta,
				});
			});
			return get(employerId, year);
		},

		async return(
			user: AuthUser,
			employerId: string,
			year: number,
			reason: string,
			meta: AuditMeta,
		) {
			await whileWaiting(employerId, year, async (tx) => {
				await repo.setReview(tx, employerId, year, {
					status: 'returned',
					returnReason: reason,
					reviewedAt: now(),
					reviewedByUserId: user.id,
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'annual_review.return',
					entity: 'annual_review',
					entityId: entityId(employerId, year),
					detail: {},
					...meta,
				});
			});
			return get(employerId, year);
		},

		/** 联网认证 declaration rows of the approved rosters: full numbers, so it is audited. */
		async export(user: AuthUser, q: AnnualReviewExportQuery, meta: AuditMeta) {
			const rows = await repo.approvedRows(db, q.year, q.employerId);
			await writeAudit(db, {
				actorUserId: user.id,
				action: 'annual_review.export',
				entity: 'annual_review',
				entityId: q.employerId ? entityId(q.employerId, q.year) : String(q.year),
				detail: { year: q.year, employerId: q.employerId ?? null, rows: rows.length },
				...meta,
			});
			const data = await certificationWorkbook(q.year, rows, cipher);
			const one = q.employerId && rows[0] ? `-${rows[0].employerName}` : '';
			return { data, fileName: `按比例就业联网认证-${q.year}${one}.xlsx` };
		},
	};
}
