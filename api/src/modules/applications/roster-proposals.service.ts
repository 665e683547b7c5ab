import type { RosterProposalList } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ForbiddenError, NotFoundError, RuleViolationError } from '../../errors.js';
import type { AnnualReviewsRepository } from '../annual-reviews/annual-reviews.repository.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { LevyRepository } from '../levy/levy.repository.js';
import type { ApplicationsRepository } from './applications.repository.js';
import { beijingDay } from './hire.js';

type Deps = {
	db: Db;
	repo: ApplicationsRepository;
	reviewsRepo: AnnualReviewsRepository;
	levyRepo: LevyRepository;
};
export type RosterProposalsService = ReturnType<typeof createRosterProposalsService>;

/**
 * A hire proposes a row on the employer's disabled-employee roster for the hire's year, linked to
 * the person; the employer confirms it (the row is then edited like any other) or turns it down.
 */
export function createRosterProposalsService({ db, repo, reviewsRepo, levyRepo }: Deps) {
	const employerOf = (user: AuthUser) => {
		if (!user.employerId) throw new ForbiddenError('这个账户还没有关联用人单位，请联系县残联。');
		return user.employerId;
	};

	async function pending(tx: Db, user: AuthUser, applicationId: string) {
		const a = await repo.lock(tx, applicationId);
		if (!a || a.employerId !== employerOf(user) || a.rosterProposal !== 'pending')
			throw new NotFoundError('proposal', applicationId);
		return a;
	}

	return {
		async list(user: AuthUser, year: number): Promise<RosterProposalList> {
			const rows = await repo.proposals(db, employerOf(user));
			return {
				year,
				items: rows
					.filter((r) => beijingDay(r.a.statusChangedAt).startsWith(String(year)))
					.map((r) => ({
						applicationId: r.a.id,
						personId: r.a.personId,
						fullName: r.fullName,
						postingTitle: r.postingTitle,
						hiredAt: r.a.statusChangedAt.toISOString(),
					})),
			};
		},

		async confirm(user: AuthUser, applicationId: string, meta: AuditMeta) {
			await db.transaction(async (tx) => {
				const a = await pending(tx, user, applicationId);
				const hired = beijingDay(a.statusChangedAt);
				const year = Number(hired.slice(0, 4));
				const review = await reviewsRepo.lockReview(tx, a.employerId, year);
				if (review.status === 'submitted' || review.status === 'approved')
					throw new RuleViolationError(
						'review_locked',
						`${year} 年的年审已经提交，名单不能再加人。需要修改请联系县残联退回。`,
					);
				const person = (await repo.person(tx, a.personId))!;
				const posting = (await repo.posting(tx, a.postingId))!;
				const rows = await levyRepo.disabledEmployees(tx, a.employerId, year);
				if (!rows.some((r) => r.idNumberHash === person.idNumberHash)) {
					const { id } = await reviewsRepo.insertEmployee(tx, {
						employerId: a.employerId,
						year,
						personId: person.id,
						displayName: person.fullName,
						certificateKind: 'disability',
						level: person.level,
						certificateValidUntil: person.certificateValidUntil,
						certificateNumberEnc: person.certificateNumberEnc,
						idNumberEnc: person.idNumberEnc,
						idNumberHash: person.idNumberHash,
						idNumberMasked: person.idNumberMasked,
						contractStart: hired,
						monthsCounted: 12 - Number(hired.slice(5, 7)) + 1,
						monthlyWage: posting.payMin === null ? null : posting.payMin.toFixed(2),
					});
					await writeAudit(tx, {
						actorUserId: user.id,
						action: 'roster.add',
						entity: 'employer_disabled_employee',
						entityId: id,
						detail: { employerId: a.employerId, year, applicationId },
						...meta,
					});
				}
				await repo.setStatus(tx, a.id, { rosterProposal: 'added' });
			});
		},

		async dismiss(user: AuthUser, applicationId: string) {
			await db.transaction(async (tx) => {
				const a = await pending(tx, user, applicationId);
				await repo.setStatus(tx, a.id, { rosterProposal: 'dismissed' });
			});
		},
	};
}
