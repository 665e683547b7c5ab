import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
	ALLOCATION_CODE_LABELS,
	type AllocationConfirmSchema,
	type AllocationProposal,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { fairBookings, fairBooths, fairInterviewRequests, fairSlots } from '@ronghe/db/schema';
import { NotFoundError, RuleViolationError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import type { ApplicationsRepository } from '../applications/applications.repository.js';
import { notifyAll } from '../applications/notify.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { MatchingService } from '../matching/matching.service.js';
import type { AllocationRepository } from './allocation.repository.js';
import { allocate } from './allocation/allocate.js';
import { slotLabel } from './fair-times.js';
import type { FairsRepository } from './fairs.repository.js';
import { violatedConstraint } from './pg-constraint.js';

type Deps = {
	db: Db;
	repo: FairsRepository;
	alloc: AllocationRepository;
	apps: Pick<ApplicationsRepository, 'seekerUsers' | 'employerUsers'>;
	matching: Pick<MatchingService, 'verdicts'>;
	notifier: Notifier;
	now: () => Date;
};
export type AllocationService = ReturnType<typeof createAllocationService>;
type Confirm = z.output<typeof AllocationConfirmSchema>;
type Period = { startsAt: Date; endsAt: Date };

/** The periods left of `free` once `taken` is cut out of them. */
export function subtract(free: Period[], taken: Period[]): Period[] {
	let left = free;
	for (const t of taken)
		left = left.flatMap((f) => {
			if (t.endsAt <= f.startsAt || t.startsAt >= f.endsAt) return [f];
			const parts: Period[] = [];
			if (t.startsAt > f.startsAt) parts.push({ startsAt: f.startsAt, endsAt: t.startsAt });
			if (t.endsAt < f.endsAt) parts.push({ startsAt: t.endsAt, endsAt: f.endsAt });
			return parts;
		});
	return left;
}

/**
 * Interview requests (a seeker's booths in their order) and the fair-wide allocation staff run
 * before a fair: an exact solve (allocation/allocate.ts) of what is still free, reviewed by staff,
 * then booked — each booking still guarded by the database.
 */
export function createAllocationService({ db, repo, alloc, apps, matching, notifier, now }: Deps) {
	async function fairOf(fairId: string) {
		const f = await repo.fair(db, fairId);
		if (!f || f.state === 'draft') throw new NotFoundError('fair', fairId);
		return f;
	}

	return {
		async requests(user: AuthUser, fairId: string) {
			const rows = await db
				.select()
				.from(fairInterviewRequests)
				.where(
					and(
						eq(fairInterviewRequests.fairId, fairId),
						eq(fairInterviewRequests.personId, user.personId ?? ''),
					),
				)
				.orderBy(fairInterviewRequests.preference);
			return { boothIds: rows.map((r) => r.boothId) };
		},

		/** Replaces the seeker's wish list; the order is the preference. */
		async setRequests(user: AuthUser, fairId: string, boothIds: string[]) {
			const personId = user.personId;
			const f = await fairOf(fairId);
			if (!personId || !(await repo.registration(db, fairId, personId)))
				throw new RuleViolationError(
					'not_registered',
					'请先报名参加这场招聘会，再选择想面试的单位。',
				);
			if (f.state === 'closed')
				throw new RuleViolationError('fair_not_open', '这场招聘会已经结束了。');
			const wanted = [...new Set(boothIds)];
			const known = wanted.length
				? await db
						.select({ id: fairBooths.id })
						.from(fairBooths)
						.where(
							and(
								eq(fairBooths.fairId, fairId),
								eq(fairBooths.status, 'approved'),
								inArray(fairBooths.id, wanted),
							),
						)
				: [];
			if (known.length !== wanted.length) throw new NotFoundError('booth');
			await db.transaction(async (tx) => {
				await tx
					.delete(fairInterviewRequests)
					.where(
						and(
							eq(fairInterviewRequests.fairId, fairId),
							eq(fairInterviewRequests.personId, personId),
						),
					);
				if (wanted.length)
					await tx
						.insert(fairInterviewRequests)
						.values(wanted.map((boothId, i) => ({ fairId, personId, boothId, preference: i + 1 })));
			});
			return { boothIds: wanted };
		},

		/** The optimal proposal for every request not yet booked; nothing is saved. */
		async propose(fairId: string): Promise<AllocationProposal> {
			await fairOf(fairId);
			const [requests, boothPostings, slots, booked, pool] = await Promise.all([
				alloc.requests(db, fairId),
				alloc.boothPostings(db, fairId),
				alloc.freeSlots(db, fairId, now()),
				alloc.booked(db, fairId),
				repo.interpreters(db, fairId),
			]);
			const open = requests.filter(
				(r) => !booked.some((b) => b.personId === r.personId && b.boothId === r.boothId),
			);
			const scores = new Map<string, number>();
			for (const personId of new Set(open.map((r) => r.personId))) {
				// only the postings of the booths this seeker asked for
				const wanted = new Set(open.filter((r) => r.personId === personId).map((r) => r.boothId));
				const ids = boothPostings.filter((p) => wanted.has(p.boothId)).map((p) => p.postingId);
				const verdicts = await matching.verdicts(personId, ids).catch(() => []);
				for (const v of verdicts) {
					const boothId = boothPostings.find((p) => p.postingId === v.postingId)!.boothId;
					const key = `${personId}|${boothId}`;
					scores.set(key, Math.max(scores.get(key) ?? 0, v.score ?? 0));
				}
			}
			const seekers = new Map<string, number>();
			for (const r of open)
				seekers.set(
					r.personId,
					Math.max(0, r.maxInterviews - booked.filter((b) => b.personId === r.personId).length),
				);
			const result = await allocate({
				requests: open.map((r) => ({
					personId: r.personId,
					boothId: r.boothId,
					preference: r.preference,
					score: scores.get(`${r.personId}|${r.boothId}`) ?? 0,
					needsInterpreter: r.needs.includes('sign_interpreter'),
				})),
				seekers: [...seekers].map(([personId, maxInterviews]) => ({ personId, maxInterviews })),
				slots,
				interpreters: pool.map((i) => ({
					id: i.id,
					free: subtract(
						i.hours,
						booked.filter((b) => b.interpreterId === i.id),
					),
				})),
				busy: booked.map((b) => ({ personId: b.personId, startsAt: b.startsAt, endsAt: b.endsAt })),
			});
			const slotById = new Map(slots.map((s) => [s.id, s]));
			const about = (personId: string, boothId: string) =>
				open.find((r) => r.personId === personId && r.boothId === boothId)!;
			return {
				assignments: result.assignments.map((a) => {
					const r = about(a.personId, a.boothId);
					const s = slotById.get(a.slotId)!;
					return {
						...a,
						name: r.name,
						employerName: r.employerName,
						preference: r.preference,
						startsAt: s.startsAt.toISOString(),
						endsAt: s.endsAt.toISOString(),
						interpreterName: pool.find((i) => i.id === a.interpreterId)?.name ?? null,
					};
				}),
				unassigned: result.unassigned.map((u) => ({
					...u,
					name: about(u.personId, u.boothId).name,
					employerName: about(u.personId, u.boothId).employerName,
					text: ALLOCATION_CODE_LABELS[u.code],
				})),
				requests: open.length,
				optimal: result.optimal,
				ms: Math.round(result.ms),
			};
		},

		/** Books what staff kept; each booking still passes the database's double-booking guard. */
		async confirm(fairId: string, body: Confirm) {
			await fairOf(fairId);
			let booked = 0;
			const failed: { personId: string; slotId: string; text: string }[] = [];
			for (const a of body.assignments) {
				const [slot] = await db
					.select({ slot: fairSlots, fairId: fairBooths.fairId, employerId: fairBooths.employerId })
					.from(fairSlots)
					.innerJoin(fairBooths, eq(fairBooths.id, fairSlots.boothId))
					.where(eq(fairSlots.id, a.slotId));
				if (!slot || slot.fairId !== fairId) {
					failed.push({ ...a, text: '没有找到这个面试时段。' });
					continue;
				}
				try {
					await db.transaction(async (tx) => {
						await tx.insert(fairBookings).values({
							fairId,
							boothId: slot.slot.boothId,
							slotId: a.slotId,
							personId: a.personId,
							interpreterId: a.interpreterId,
							startsAt: slot.slot.startsAt,
							endsAt: slot.slot.endsAt,
							source: 'allocation',
						});
						const when = slotLabel(slot.slot);
						await notifyAll(notifier, tx, await apps.seekerUsers(tx, a.personId), {
							kind: 'fair_booking',
							title: `已为您安排面试：${when}`,
							body: a.interpreterId ? '已为您安排手语翻译。' : '',
							link: `/fairs/${fairId}`,
						});
						await notifyAll(notifier, tx, await apps.employerUsers(tx, slot.employerId), {
							kind: 'fair_booking',
							title: `招聘会面试已安排：${when}`,
							body: '',
							link: `/fairs/${fairId}`,
						});
					});
					booked += 1;
				} catch (err) {
					if (!violatedConstraint(err)) throw err;
					failed.push({ ...a, text: '这个时段、这位求职者或这位翻译已经有别的安排了。' });
				}
			}
			return { booked, failed };
		},
	};
}
