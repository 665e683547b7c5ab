import {
	FOLLOW_UP_EARLY_DAYS,
	FOLLOW_UP_GRACE_DAYS,
	FOLLOW_UP_STATE_LABELS,
	FOLLOW_UP_STATES,
	type FollowUp,
	type FollowUpInput,
	type FollowUpList,
	type FollowUpListQuery,
	type FollowUpState,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { NotFoundError, RuleViolationError } from '../../../errors.js';
import { writeAudit, type AuditMeta } from '../../audit/audit.writer.js';
import type { AuthUser } from '../../auth/auth.service.js';
import { chinaDate } from '../fair-times.js';
import {
	createFollowUpsRepository,
	type FollowUpRow,
	type FollowUpsRepository,
} from './follow-ups.repository.js';

type Deps = { db: Db; repo?: FollowUpsRepository; now?: () => Date };
export type FollowUpsService = ReturnType<typeof createFollowUpsService>;

const DAY_MS = 86_400_000;
const EARLY_MS = FOLLOW_UP_EARLY_DAYS * DAY_MS;
const GRACE_MS = FOLLOW_UP_GRACE_DAYS * DAY_MS;

function stateOf(r: Pick<FollowUpRow, 'doneAt' | 'dueAt'>, now: Date): FollowUpState {
	if (r.doneAt) return 'done';
	if (r.dueAt.getTime() - EARLY_MS > now.getTime()) return 'upcoming';
	return r.dueAt.getTime() + GRACE_MS < now.getTime() ? 'overdue' : 'due';
}

function toFollowUp(r: FollowUpRow, now: Date): FollowUp {
	const state = stateOf(r, now);
	return {
		id: r.id,
		day: r.day,
		dueAt: r.dueAt.toISOString(),
		opensAt: new Date(r.dueAt.getTime() - EARLY_MS).toISOString(),
		state,
		stateLabel: FOLLOW_UP_STATE_LABELS[state],
		personId: r.personId,
		personName: r.personName,
		townshipName: r.townshipName,
		employerName: r.employerName,
		postingTitle: r.postingTitle,
		hiredAt: new Date(r.dueAt.getTime() - r.day * DAY_MS).toISOString(),
		previous:
			r.previousDay === null || r.previousEmployed === null
				? null
				: { day: r.previousDay, stillEmployed: r.previousEmployed },
		doneAt: r.doneAt?.toISOString() ?? null,
		stillEmployed: r.stillEmployed,
		monthlyWage: r.monthlyWage,
		problems: r.problems,
		recordedByName: r.recordedByName,
	};
}

/**
 * 回访 (issue 14 §7, docs/fairs.md "Follow-up visits"): the visits 30, 60 and 90 days after a
 * hire made at a fair, listed for the organisers and recorded with a short form. The report's
 * 回访在岗 counts what is recorded here.
 */
export function createFollowUpsService({
	db,
	repo = createFollowUpsRepository(),
	now = () => new Date(),
}: Deps) {
	const window = () => ({ now: now(), earlyMs: EARLY_MS, graceMs: GRACE_MS });

	async function fairOrThrow(fairId: string) {
		if (!(await repo.fairExists(db, fairId))) throw new NotFoundError('fair', fairId);
	}

	return {
		async list(fairId: string, q: FollowUpListQuery): Promise<FollowUpList> {
			await fairOrThrow(fairId);
			const w = window();
			const counts = await repo.counts(db, fairId, w);
			const count = (s: FollowUpState) => counts.get(s) ?? 0;
			const total =
				q.view === 'done' ? count('done') : count('upcoming') + count('due') + count('overdue');
			const rows = await repo.page(db, fairId, w, q.view, q.pageSize, (q.page - 1) * q.pageSize);
			return {
				items: rows.map((r) => toFollowUp(r, w.now)),
				total,
				page: q.page,
				pageSize: q.pageSize,
				view: q.view,
				counts: Object.fromEntries(FOLLOW_UP_STATES.map((s) => [s, count(s)])) as Record<
					FollowUpState,
					number
				>,
			};
		},

		/**
		 * Records a visit, or corrects one already recorded (the audit log keeps each version).
		 * A visit opens a week before it falls due; before that there is nothing to record yet.
		 */
		async record(
			user: AuthUser,
			fairId: string,
			id: string,
			input: FollowUpInput,
			meta: AuditMeta,
		): Promise<{ id: string; state: FollowUpState }> {
			await fairOrThrow(fairId);
			const at = now();
			await db.transaction(async (tx) => {
				const v = await repo.lockInFair(tx, fairId, id);
				if (!v) throw new NotFoundError('follow_up', id);
				if (v.dueAt.getTime() - EARLY_MS > at.getTime())
					throw new RuleViolationError(
						'follow_up_not_due',
						`这次回访 ${chinaDate(v.dueAt)} 到期，最早从 ${chinaDate(new Date(v.dueAt.getTime() - EARLY_MS))} 起可以记录。`,
					);
				await repo.record(tx, id, { ...input, recordedBy: user.id, doneAt: v.doneAt ?? at });
				await writeAudit(tx, {
					actorUserId: user.id,
					action: v.doneAt ? 'fair.follow_up_correct' : 'fair.follow_up_record',
					entity: 'fair_follow_up',
					entityId: id,
					// what was found, before and after, not who (the visit's row holds the person) and
					// not the problems text, which may speak of health
					detail: {
						fairId,
						stillEmployed: input.stillEmployed,
						monthlyWage: input.monthlyWage,
						...(v.doneAt
							? { before: { stillEmployed: v.stillEmployed, monthlyWage: v.monthlyWage } }
							: {}),
					},
					...meta,
				});
			});
			return { id, state: 'done' };
		},
	};
}
