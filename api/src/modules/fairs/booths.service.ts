import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { BoothDecisionSchema, BoothInputSchema } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	employers,
	fairBoothPostings,
	fairBoothReps,
	fairBooths,
	fairPostings,
	fairSlots,
	postings,
	users,
} from '@ronghe/db/schema';
import { markDirty } from '@ronghe/search';
import { FieldsInvalidError, NotFoundError, RuleViolationError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import { notifyAll } from '../applications/notify.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { slotTimes } from './fair-times.js';
import type { FairsRepository } from './fairs.repository.js';

type Deps = { db: Db; repo: FairsRepository; notifier: Notifier; now: () => Date };
export type BoothsService = ReturnType<typeof createBoothsService>;
type BoothInput = z.output<typeof BoothInputSchema>;
type Decision = z.output<typeof BoothDecisionSchema>;

/** Booths: an approved employer applies with its postings and reps; organisers decide. */
export function createBoothsService({ db, repo, notifier, now }: Deps) {
	const hrOf = async (tx: Db, employerId: string) =>
		(
			await tx
				.select({ id: users.id })
				.from(users)
				.where(and(eq(users.employerId, employerId), eq(users.role, 'employer')))
		).map((u) => u.id);

	/** The booth's postings in the fair's posting list (the job search's fair filter) or out. */
	async function listPostings(tx: Db, fairId: string, boothId: string, shown: boolean) {
		const ids = (
			await tx
				.select({ id: fairBoothPostings.postingId })
				.from(fairBoothPostings)
				.where(eq(fairBoothPostings.boothId, boothId))
		).map((r) => r.id);
		if (!ids.length) return;
		if (shown)
			await tx
				.insert(fairPostings)
				.values(ids.map((postingId) => ({ fairId, postingId })))
				.onConflictDoNothing();
		else
			await tx
				.delete(fairPostings)
				.where(and(eq(fairPostings.fairId, fairId), inArray(fairPostings.postingId, ids)));
		for (const id of ids) await markDirty(tx, 'postings', id);
	}

	return {
		/** Apply for a booth, or change the application (a refused one goes back to review). */
		async apply(user: AuthUser, fairId: string, input: BoothInput) {
			const employerId = user.employerId;
			const f = await repo.fair(db, fairId);
			if (!f || f.state === 'draft' || !employerId) throw new NotFoundError('fair', fairId);
			if (f.state === 'closed' || (f.boothDeadline && f.boothDeadline < now()))
				throw new RuleViolationError('booth_deadline', '这场招聘会的展位报名已经截止。');
			const [employer] = await db.select().from(employers).where(eq(employers.id, employerId));
			if (employer?.status !== 'approved')
				throw new RuleViolationError(
					'employer_not_approved',
					'单位资料通过审核后才能报名展位，请先等待审核。',
				);
			const own = await db
				.select({ id: postings.id })
				.from(postings)
				.where(
					and(
						eq(postings.employerId, employerId),
						eq(postings.status, 'published'),
						inArray(postings.id, input.postingIds),
					),
				);
			if (own.length !== new Set(input.postingIds).size)
				throw new FieldsInvalidError([
					{ pointer: '#/postingIds', detail: '只能选择本单位正在招聘（已发布）的岗位。' },
				]);
			const hr = await hrOf(db, employerId);
			if (input.repUserIds.some((id) => !hr.includes(id)))
				throw new FieldsInvalidError([
					{ pointer: '#/repUserIds', detail: '接待人员只能从本单位的人事账号中选择。' },
				]);
			const zone =
				input.zoneId && (await repo.zones(db, fairId)).find((z) => z.id === input.zoneId);
			if (input.zoneId && !zone)
				throw new FieldsInvalidError([{ pointer: '#/zoneId', detail: '请从列表中选择展区。' }]);
			return db.transaction(async (tx) => {
				const values = {
					zoneId: input.zoneId,
					introduction: input.introduction,
					accessibility: input.accessibility,
					slotMinutes: input.slotMinutes,
				};
				const [booth] = await tx
					.insert(fairBooths)
					.values({ fairId, employerId, ...values })
					.onConflictDoUpdate({ target: [fairBooths.fairId, fairBooths.employerId], set: values })
					.returning();
				if (booth!.status === 'refused')
					await tx
						.update(fairBooths)
						.set({ status: 'pending', reason: null })
						.where(eq(fairBooths.id, booth!.id));
				const boothId = booth!.id;
				if (booth!.status === 'approved') await listPostings(tx, fairId, boothId, false);
				await tx.delete(fairBoothPostings).where(eq(fairBoothPostings.boothId, boothId));
				await tx.insert(fairBoothPostings).values(own.map((p) => ({ boothId, postingId: p.id })));
				if (booth!.status === 'approved') await listPostings(tx, fairId, boothId, true);
				await tx.delete(fairBoothReps).where(eq(fairBoothReps.boothId, boothId));
				const reps = [user.id, ...input.repUserIds.filter((id) => id !== user.id)];
				await tx.insert(fairBoothReps).values(
					reps.map((userId, i) => ({
						boothId,
						userId,
						role: i === 0 ? ('owner' as const) : ('rep' as const),
					})),
				);
				return { id: boothId, status: booth!.status === 'refused' ? 'pending' : booth!.status };
			});
		},

		/** Approve (the booth gets its interview slots) or refuse with a reason the employer reads. */
		async decide(actor: AuthUser, fairId: string, boothId: string, d: Decision, meta: AuditMeta) {
			const f = await repo.fair(db, fairId);
			const [booth] = await db
				.select()
				.from(fairBooths)
				.where(and(eq(fairBooths.id, boothId), eq(fairBooths.fairId, fairId)));
			if (!f || !booth) throw new NotFoundError('booth', boothId);
			const status = d.decision === 'approve' ? ('approved' as const) : ('refused' as const);
			await db.transaction(async (tx) => {
				await tx
					.update(fairBooths)
					.set({
						status,
						reason: status === 'refused' ? d.reason : null,
						decidedBy: actor.id,
						decidedAt: now(),
					})
					.where(eq(fairBooths.id, boothId));
				await listPostings(tx, fairId, boothId, status === 'approved');
				if (status === 'approved') {
					const have = await tx
						.select({ id: fairSlots.id })
						.from(fairSlots)
						.where(eq(fairSlots.boothId, boothId))
						.limit(1);
					if (!have.length)
						await tx
							.insert(fairSlots)
							.values(slotTimes(f, booth.slotMinutes).map((t) => ({ boothId, ...t })));
				}
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'fair.booth_decide',
					entity: 'fair_booth',
					entityId: boothId,
					detail: { decision: d.decision },
					...meta,
				});
				await notifyAll(notifier, tx, await hrOf(tx, booth.employerId), {
					kind: 'fair_booth',
					title:
						status === 'approved'
							? `“${f.title}”的展位报名已通过`
							: `“${f.title}”的展位报名没有通过`,
					body: status === 'approved' ? '求职者现在可以看到您的展位和岗位。' : `原因：${d.reason}`,
					link: `/fairs/${fairId}`,
				});
			});
			return { id: boothId, status };
		},
	};
}
