import {
	COUNTY_STAFF,
	inGroup,
	PROFILE_STEPS,
	type EmployerHome,
	type SeekerHome,
	type StaffHome,
	type WaitingQueue,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { AppError, ForbiddenError } from '../../errors.js';
import type { ApplicationsService } from '../applications/applications.service.js';
import type { InvitationsService } from '../applications/invitations.service.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { CandidatesService } from '../candidates/candidates.service.js';
import type { FairsService } from '../fairs/fairs.service.js';
import type { EmployerQuotaService } from '../levy/employer-quota.service.js';
import type { MatchingService } from '../matching/matching.service.js';
import { scopeOf, type ProfileService } from '../profile/profile.service.js';
import type { HomeRepository, QueueRow } from './home.repository.js';

type Deps = {
	db: Db;
	homeRepo: HomeRepository;
	candidates: Pick<CandidatesService, 'list'>;
	employerQuota: Pick<EmployerQuotaService, 'get'>;
	seeker: {
		profile: Pick<ProfileService, 'get'>;
		matching: Pick<MatchingService, 'forSeeker'>;
		applications: Pick<ApplicationsService, 'mine'>;
		invitations: Pick<InvitationsService, 'mine'>;
		fairs: Pick<FairsService, 'list'>;
	};
	now: () => Date;
};
/** Applications still moving, the ones a seeker waits on. */
const ACTIVE = new Set(['submitted', 'viewed', 'interview', 'offered']);
export type HomeService = ReturnType<typeof createHomeService>;

const waiting = (q: QueueRow): WaitingQueue => ({
	count: q.count,
	oldestAt: q.oldestAt?.toISOString() ?? null,
});
/** Last calendar year in China time: the year the 年审 and the levy are about. */
const lastYear = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear() - 1;

/** What waits for a person when they sign in: one read per role for its home page. */
export function createHomeService({ db, homeRepo, candidates, employerQuota, seeker, now }: Deps) {
	return {
		async seeker(user: AuthUser): Promise<SeekerHome> {
			const linked = !!user.personId;
			const [profile, recommendations, applications, invitations, fairs] = await Promise.all([
				linked ? seeker.profile.get(user) : null,
				linked ? seeker.matching.forSeeker(user, 3) : null,
				seeker.applications.mine(user),
				seeker.invitations.mine(user),
				seeker.fairs.list(),
			]);
			const done = profile ? PROFILE_STEPS.filter((s) => profile.complete[s]) : [];
			const latest = applications.items
				.slice()
				.sort((a, b) => b.statusChangedAt.localeCompare(a.statusChangedAt))[0];
			const fair = fairs.items.find((f) => f.status !== 'finished');
			return {
				linked,
				profile: profile && {
					stepsDone: done.length,
					stepsTotal: PROFILE_STEPS.length,
					nextStep: PROFILE_STEPS.find((s) => !profile.complete[s]) ?? null,
				},
				recommendations: recommendations && {
					personalised: recommendations.personalised,
					total: recommendations.total,
					top: recommendations.items.map((r) => ({
						postingId: r.postingId,
						title: r.title,
						employerName: r.employerName,
						score: recommendations.personalised ? r.score : null,
					})),
				},
				applications: {
					active: applications.items.filter((a) => ACTIVE.has(a.status)).length,
					latest: latest
						? {
								id: latest.id,
								postingTitle: latest.postingTitle,
								status: latest.status,
								statusChangedAt: latest.statusChangedAt,
							}
						: null,
				},
				invitationsWaiting: invitations.items.filter((i) => i.status === 'pending').length,
				nextFair: fair
					? {
							id: fair.id,
							title: fair.title,
							startsAt: fair.startsAt,
							endsAt: fair.endsAt,
							live: fair.status === 'live',
						}
					: null,
			};
		},

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
