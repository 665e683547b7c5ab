import {
	COUNTY_STAFF,
	inGroup,
	type EmployerHome,
	type StaffHome,
	type WaitingQueue,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { AppError, ForbiddenError } from '../../errors.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { CandidatesService } from '../candidates/candidates.service.js';
import type { EmployerQuotaService } from '../levy/employer-quota.service.js';
import { scopeOf } from '../profile/profile.service.js';
import type { HomeRepository, QueueRow } from './home.repository.js';

type Deps = {
	db: Db;
	homeRepo: HomeRepository;
	candidates: Pick<CandidatesService, 'list'>;
	employerQuota: Pick<EmployerQuotaService, 'get'>;
	now: () => Date;
};
export type HomeService = ReturnType<typeof createHomeService>;

const waiting = (q: QueueRow): WaitingQueue => ({
	count: q.count,
	oldestAt: q.oldestAt?.toISOString() ?? null,
});
/** Last calendar year in China time: the year the 年审 and the levy are about. */
const lastYear = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear() - 1;

/** What waits for a person when they sign in: one read per role for its home page. */
export function createHomeService({ db, homeRepo, candidates, employerQuota, now }: Deps) {
	return {
		async staff(user: AuthUser): Promise<StaffHome> {
			const township = scopeOf(user);
			const county = inGroup(user.role, COUNTY_STAFF);
			const [
				postingReviews,
				employerApprovals,
				verifications,
				annualReviews,
				objections,
				townshipName,
			] = await Promise.all([
				homeRepo.postingReviews(db, township),
				homeRepo.employerApprovals(db, township),
				homeRepo.verifications(db, township),
				county ? homeRepo.annualReviews(db) : null,
				county ? homeRepo.objections(db) : null,
				township ? homeRepo.townshipName(db, township) : null,
			]);
			return {
				townshipName,
				postingReviews: waiting(postingReviews),
				employerApprovals: waiting(employerApprovals),
				verifications: waiting(verifications),
				annualReviews: annualReviews && waiting(annualReviews),
				objections: objections && waiting(objections),
			};
		},

		async employer(user: AuthUser): Promise<EmployerHome> {
			const employer = user.employerId ? await homeRepo.employer(db, user.employerId) : undefined;
			if (!user.employerId || !employer) throw new ForbiddenError('这个账号没有关联用人单位。');
			const rows = await homeRepo.employerPostings(db, user.employerId);
			const of = (status: string) => rows.find((r) => r.status === status);
			const approved = employer.status === 'approved';
			const [candidateList, quota] = await Promise.all([
				approved ? candidates.list(user, { page: 1, pageSize: 1 }) : null,
				// a year the quota cannot be worked out for (no rules yet, say) just shows no figures
				employerQuota.get(user, lastYear(now())).catch((err: unknown) => {
					if (err instanceof AppError) return null;
					throw err;
				}),
			]);
			return {
				employerName: employer.name,
				employerStatus: employer.status,
				postings: {
					submitted: waiting(of('submitted') ?? { count: 0, oldestAt: null }),
					returned: of('returned')?.count ?? 0,
					draft: of('draft')?.count ?? 0,
					published: of('published')?.count ?? 0,
				},
				candidates: candidateList?.total ?? null,
				quota: quota && {
					year: quota.year,
					reviewStatus: quota.reviewStatus,
					figuresEntered: quota.figures !== null,
					requiredCount: quota.estimate?.requiredCount ?? null,
					countedDisabled: quota.estimate?.countedDisabled ?? null,
					shortfall: quota.estimate?.shortfall ?? null,
					levyDue: quota.estimate?.levyDue ?? null,
				},
			};
		},
	};
}
