import {
	APPLICATION_STATUS_LABELS,
	APPLICATION_TRANSITIONS,
	type ApplicationCounts,
	type ApplicationStatus,
	type ApplicationStatusBody,
	type ApplyBody,
	type ApplyResult,
	type EmployerApplication,
	type EmployerApplicationList,
	type MyApplicationList,
	type RejectionReason,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { Application } from '@ronghe/db/schema';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { CandidatesRepository } from '../candidates/candidates.repository.js';
import { scheduleFollowUps } from '../fairs/follow-ups/schedule.js';
import { scopeOf } from '../profile/profile.service.js';
import type { ApplicationsRepository } from './applications.repository.js';
import { iso, personOf, reasonOf, timeline } from './applications.view.js';
import { createApply } from './apply.js';
import { afterHire } from './hire.js';
import { notifyAll, toSeeker } from './notify.js';

type Deps = {
	db: Db;
	repo: ApplicationsRepository;
	candidatesRepo: CandidatesRepository;
	notifier: Notifier;
	now: () => Date;
};
export type ApplicationsService = ReturnType<typeof createApplicationsService>;

export function createApplicationsService({ db, repo, candidatesRepo, notifier, now }: Deps) {
	async function employerOf(user: AuthUser): Promise<string> {
		const status = user.employerId
			? await candidatesRepo.employerStatus(db, user.employerId)
			: undefined;
		if (!user.employerId || status !== 'approved')
			throw new ForbiddenError('单位通过审核以后，才能处理投递。');
		return user.employerId;
	}

	/** One move of an application, with its history row and the message to the other side. */
	async function move(
		tx: Db,
		a: Application,
		to: ApplicationStatus,
		by: 'seeker' | 'employer' | 'staff',
		extra: { note?: string | undefined; reason?: RejectionReason | undefined } = {},
	) {
		if (!APPLICATION_TRANSITIONS[a.status].includes(to))
			throw new ConflictError(
				'invalid_transition',
				`这份投递现在是“${APPLICATION_STATUS_LABELS[a.status]}”，不能改为“${APPLICATION_STATUS_LABELS[to]}”。`,
			);
		const at = now();
		const reason = to === 'rejected' ? (extra.reason ?? null) : null;
		await repo.setStatus(tx, a.id, {
			status: to,
			statusChangedAt: at,
			reason,
			...(to === 'hired' ? { rosterProposal: 'pending' as const } : {}),
		});
		await repo.addEvent(tx, {
			applicationId: a.id,
			status: to,
			actor: by,
			note: extra.note ?? '',
			reason,
			createdAt: at,
		});
		const posting = (await repo.posting(tx, a.postingId))!;
		if (to === 'hired') await afterHire(tx, repo, posting, a.personId, at);
		// a hire made at a fair is visited again after 30, 60 and 90 days (回访)
		if (to === 'hired' && a.fairId) await scheduleFollowUps(tx, a.id, at);
		if (by === 'employer') {
			const message = toSeeker(
				to,
				{ ...posting, postingTitle: posting.title },
				reason,
				extra.note ?? '',
			);
			await notifyAll(notifier, tx, await repo.seekerUsers(tx, a.personId), message);
		} else {
			const name = (await repo.person(tx, a.personId))?.fullName ?? '求职者';
			await notifyAll(notifier, tx, await repo.employerUsers(tx, a.employerId), {
				kind: 'application',
				title:
					to === 'submitted'
						? `${name}重新投递了“${posting.title}”`
						: `${name}撤回了对“${posting.title}”的投递`,
				body: '',
				link: `/employer/postings/${a.postingId}/applications`,
			});
		}
	}

	function employerView(row: NonNullable<Awaited<ReturnType<ApplicationsRepository['one']>>>) {
		const { a } = row;
		return {
			id: a.id,
			postingId: a.postingId,
			postingTitle: row.postingTitle,
			personId: a.personId,
			fullName: row.fullName,
			townshipName: row.townshipName,
			status: a.status,
			statusChangedAt: iso(a.statusChangedAt),
			createdAt: iso(a.createdAt),
			note: a.note,
			sharePassport: a.sharePassport,
			reason: reasonOf(a.reason),
		} satisfies EmployerApplication;
	}

	async function ownApplication(user: AuthUser, id: string) {
		const employerId = await employerOf(user);
		const row = await repo.one(db, id);
		if (!row || row.a.employerId !== employerId) throw new NotFoundError('application', id);
		return row;
	}

	const applyAs = createApply({ db, repo, notifier, move });

	return {
		async apply(
			user: AuthUser,
			postingId: string,
			body: ApplyBody,
			key: string,
		): Promise<ApplyResult> {
			return applyAs(personOf(user), 'seeker', postingId, body, key);
		},

		/**
		 * Staff acting for a seeker (代办) apply for them from the seeker's recommendations: the
		 * same application, in the same transaction an audit row and a message telling the
		 * seeker, who can withdraw it.
		 */
		async applyFor(
			actor: AuthUser,
			personId: string,
			postingId: string,
			body: ApplyBody,
			key: string,
			meta: AuditMeta,
		): Promise<ApplyResult> {
			const person = await repo.person(db, personId);
			const scope = scopeOf(actor);
			if (!person || (scope && person.townshipCode !== scope))
				throw new NotFoundError('person', personId);
			return applyAs(personId, 'staff', postingId, body, key, async (tx, result, title) => {
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'person.apply_for',
					entity: 'person',
					entityId: personId,
					detail: { postingId, applicationId: result.id },
					...meta,
				});
				await notifyAll(notifier, tx, await repo.seekerUsers(tx, personId), {
					kind: 'application',
					title: `工作人员帮您投递了“${title}”`,
					body: '如果这不是您的意思，可以在“我的投递”里撤回。',
					link: '/me/applications',
				});
			});
		},

		async mine(user: AuthUser): Promise<MyApplicationList> {
			if (!user.personId) return { items: [] };
			const rows = await repo.mine(db, user.personId);
			const events = await repo.events(
				db,
				rows.map((r) => r.a.id),
			);
			return {
				items: rows.map(({ a, postingTitle, employerName }) => ({
					id: a.id,
					postingId: a.postingId,
					postingTitle,
					employerName,
					status: a.status,
					statusChangedAt: iso(a.statusChangedAt),
					createdAt: iso(a.createdAt),
					note: a.note,
					sharePassport: a.sharePassport,
					reason: reasonOf(a.reason),
					events: timeline(
						a,
						events.filter((e) => e.applicationId === a.id),
					),
				})),
			};
		},

		/** Any time before a hire; withdrawing twice answers the same. */
		async withdraw(user: AuthUser, id: string): Promise<ApplyResult> {
			const personId = user.personId;
			await db.transaction(async (tx) => {
				const a = await repo.lock(tx, id);
				if (!a || a.personId !== personId) throw new NotFoundError('application', id);
				if (a.status === 'withdrawn') return;
				if (a.status === 'hired')
					throw new ConflictError(
						'invalid_transition',
						'您已经被录用，投递不能再撤回。如有变化，请直接联系单位。',
					);
				await move(tx, a, 'withdrawn', 'seeker');
			});
			return { id, status: 'withdrawn' };
		},

		async forPosting(user: AuthUser, postingId: string): Promise<EmployerApplicationList> {
			const employerId = await employerOf(user);
			const posting = await repo.posting(db, postingId);
			if (!posting || posting.employerId !== employerId)
				throw new NotFoundError('posting', postingId);
			const [rows, hired] = await Promise.all([
				repo.forPosting(db, postingId),
				repo.hiredCount(db, postingId),
			]);
			return {
				postingId,
				postingTitle: posting.title,
				headcount: posting.headcount,
				hired,
				items: rows.map((r) => employerView({ ...r, postingTitle: posting.title })),
			};
		},

		/** Opening an application marks it 已查看, which the seeker hears about. */
		async open(user: AuthUser, id: string): Promise<EmployerApplication> {
			const row = await ownApplication(user, id);
			if (row.a.status === 'submitted')
				await db.transaction(async (tx) => {
					const a = (await repo.lock(tx, id))!;
					if (a.status === 'submitted') await move(tx, a, 'viewed', 'employer');
				});
			return employerView((await repo.one(db, id))!);
		},

		async setStatus(
			user: AuthUser,
			id: string,
			body: ApplicationStatusBody,
		): Promise<EmployerApplication> {
			await ownApplication(user, id);
			await db.transaction(async (tx) => {
				const a = (await repo.lock(tx, id))!;
				if (a.status === body.status) return;
				await move(tx, a, body.status, 'employer', body);
			});
			return employerView((await repo.one(db, id))!);
		},

		/** Township staff count their own township's seekers only. */
		async counts(user: AuthUser): Promise<ApplicationCounts> {
			const township = user.role === 'township' ? (user.townshipCode ?? '-') : undefined;
			const [byEmployer, byPosting, byTownship] = await Promise.all([
				repo.counts(db, 'employer', township),
				repo.counts(db, 'posting', township),
				repo.counts(db, 'township', township),
			]);
			return { byEmployer, byPosting, byTownship };
		},
	};
}
