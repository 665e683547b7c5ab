import type { Invitation, InvitationBody, InvitationList } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { CandidatesRepository } from '../candidates/candidates.repository.js';
import { employerVisibility } from '../candidates/candidates.visibility.js';
import type { ApplicationsRepository } from './applications.repository.js';
import type { InvitationsRepository } from './invitations.repository.js';
import { notifyAll } from './notify.js';

type Deps = {
	db: Db;
	repo: ApplicationsRepository;
	invitationsRepo: InvitationsRepository;
	candidatesRepo: CandidatesRepository;
	notifier: Notifier;
	now: () => Date;
};
export type InvitationsService = ReturnType<typeof createInvitationsService>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function createInvitationsService({
	db,
	repo,
	invitationsRepo,
	candidatesRepo,
	notifier,
	now,
}: Deps) {
	async function mine(user: AuthUser): Promise<InvitationList> {
		if (!user.personId) return { items: [] };
		const rows = await invitationsRepo.myInvitations(db, user.personId);
		return {
			items: rows.map(({ i, employerName, postingTitle }) => ({
				id: i.id,
				postingId: i.postingId,
				postingTitle,
				employerName,
				message: i.message,
				status: i.status,
				createdAt: i.createdAt.toISOString(),
				respondedAt: iso(i.respondedAt),
			})),
		};
	}

	async function answer(user: AuthUser, id: string, to: 'accepted' | 'declined') {
		const personId = user.personId;
		await db.transaction(async (tx) => {
			const inv = await invitationsRepo.lockInvitation(tx, id);
			if (!inv || inv.personId !== personId) throw new NotFoundError('invitation', id);
			if (inv.status === to) return;
			if (inv.status !== 'pending')
				throw new ConflictError('already_answered', '这份邀请已经回复过了，不能再改。');
			await invitationsRepo.answerInvitation(tx, id, to, now());
			const name = (await repo.person(tx, personId))?.fullName ?? '求职者';
			await notifyAll(notifier, tx, await repo.employerUsers(tx, inv.employerId), {
				kind: 'invitation',
				title: `${name}${to === 'accepted' ? '接受' : '谢绝'}了您的邀请`,
				body: to === 'accepted' ? '现在可以在“求职者”里看到这位求职者的资料。' : '',
				link: inv.postingId
					? `/employer/postings/${inv.postingId}/applications`
					: '/employer/candidates',
			});
		});
		return (await mine(user)).items.find((i) => i.id === id)!;
	}

	return {
		mine,
		accept: (user: AuthUser, id: string): Promise<Invitation> => answer(user, id, 'accepted'),
		decline: (user: AuthUser, id: string): Promise<Invitation> => answer(user, id, 'declined'),

		/** Only a seeker the employer may already see, to one of its own published postings. */
		async invite(user: AuthUser, body: InvitationBody) {
			const employerId = user.employerId;
			if (!employerId || (await candidatesRepo.employerStatus(db, employerId)) !== 'approved')
				throw new ForbiddenError('单位通过审核以后，才能邀请求职者。');
			const row = await candidatesRepo.find(db, employerId, body.personId);
			const visible =
				row &&
				employerVisibility({ employerApproved: true, ...row, disclosure: row.person.disclosure })
					.visible;
			if (!visible) throw new NotFoundError('person', body.personId);
			const posting = await repo.posting(db, body.postingId);
			if (!posting || posting.employerId !== employerId)
				throw new NotFoundError('posting', body.postingId);
			if (posting.status !== 'published')
				throw new RuleViolationError('posting_closed', '这个岗位没有在招聘，不能用它邀请求职者。');
			return db.transaction(async (tx) => {
				const created = await invitationsRepo.insertInvitation(tx, {
					employerId,
					personId: body.personId,
					postingId: body.postingId,
					message: body.message,
				});
				await notifyAll(notifier, tx, await repo.seekerUsers(tx, body.personId), {
					kind: 'invitation',
					title: `${posting.employerName}邀请您应聘“${posting.title}”`,
					body: body.message,
					link: '/me/invitations',
				});
				return { id: created.id, status: created.status };
			});
		},
	};
}
