import {
	ROLE_LABELS,
	type MyTrainingNeed,
	type TrainingNeed,
	type TrainingNeedData,
	type TrainingNeedList,
	type TrainingNeedOverview,
	type TrainingNeedQuery,
	type TrainingNeedRow,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { FieldsInvalidError, NotFoundError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { scopeOf } from '../profile/profile.service.js';
import { createCompletionRepository, type CompletionRepository } from './completion.repository.js';
import {
	createTrainingNeedsRepository,
	type NeedRow,
	type TrainingNeedsRepository,
} from './needs.repository.js';
import { createTrainingRepository, type TrainingRepository } from './training.repository.js';

type Deps = {
	db: Db;
	repo?: TrainingNeedsRepository;
	training?: TrainingRepository;
	completion?: CompletionRepository;
	now?: () => Date;
};
export type TrainingNeedsService = ReturnType<typeof createTrainingNeedsService>;

function toNeed(r: NeedRow): TrainingNeed {
	const n = r.n;
	return {
		id: n.id,
		personId: n.personId,
		occupationCode: n.occupationCode,
		occupationName: r.occupationName,
		what: n.what,
		reason: n.reason,
		recordedBy:
			r.recordedByName !== null && r.recordedByRole !== null
				? { name: r.recordedByName, roleLabel: ROLE_LABELS[r.recordedByRole] }
				: null,
		createdAt: n.createdAt.toISOString(),
		metAt: n.metAt?.toISOString() ?? null,
		metByCourse:
			n.metAt && r.courseId && r.courseTitle !== null
				? { id: r.courseId, title: r.courseTitle }
				: null,
	};
}

function toRow(r: NeedRow): TrainingNeedRow {
	return {
		...toNeed(r),
		personName: r.personName,
		townshipCode: r.townshipCode,
		townshipName: r.townshipName,
	};
}

/**
 * 培训需求 (issue 15 §1, docs/training.md): staff record what a person needs to learn; a
 * completed course in the same occupation meets it (completion.repository.ts), also when the
 * completion came first. Township staff see and record only their own township's people.
 */
export function createTrainingNeedsService({
	db,
	repo = createTrainingNeedsRepository(),
	training = createTrainingRepository(),
	completion = createCompletionRepository(),
	now = () => new Date(),
}: Deps) {
	async function personFor(actor: AuthUser, personId: string) {
		const person = await training.person(db, personId);
		const scope = scopeOf(actor);
		if (!person || (scope && person.townshipCode !== scope))
			throw new NotFoundError('person', personId);
		return person;
	}

	return {
		async forPerson(actor: AuthUser, personId: string): Promise<TrainingNeedList> {
			await personFor(actor, personId);
			return { items: (await repo.ofPerson(db, personId)).map(toNeed) };
		},

		/** The seeker's own needs, read-only, without the name of who recorded them. */
		async mine(user: AuthUser): Promise<MyTrainingNeed[]> {
			if (!user.personId) return [];
			return (await repo.ofPerson(db, user.personId)).map((r) => {
				const { recordedBy: _r, ...need } = toNeed(r);
				return need;
			});
		},

		/**
		 * Records a need; audited. If the person already completed a course in that occupation,
		 * the completion meets it at once, as a later completion would.
		 */
		async record(
			actor: AuthUser,
			personId: string,
			input: TrainingNeedData,
			meta: AuditMeta,
		): Promise<TrainingNeed> {
			await personFor(actor, personId);
			const code = input.occupationCode;
			if (code && !(await training.occupationExists(db, code)))
				throw new FieldsInvalidError([
					{ pointer: '#/occupationCode', detail: '请从列表里选择职业。' },
				]);
			const id = await db.transaction(async (tx) => {
				const need = await repo.insert(tx, {
					personId,
					occupationCode: code,
					what: input.what,
					reason: input.reason,
					recordedByUserId: actor.id,
					createdAt: now(),
				});
				const done = code ? await repo.completionIn(tx, personId, code) : undefined;
				if (code && done) await completion.meetNeeds(tx, personId, code, done.enrolmentId, now());
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'training.need_record',
					entity: 'person',
					entityId: personId,
					detail: { needId: need.id, occupationCode: code, metAtOnce: !!done },
					...meta,
				});
				return need.id;
			});
			return toNeed((await repo.need(db, personId, id))!);
		},

		/** Removes a need recorded by mistake; a met need stays (the training rate counts it). */
		async remove(actor: AuthUser, personId: string, needId: string, meta: AuditMeta) {
			await personFor(actor, personId);
			const before = await repo.need(db, personId, needId);
			if (!before) throw new NotFoundError('trainingNeed', needId);
			if (before.n.metAt)
				throw new RuleViolationError(
					'training_need_met',
					'这条培训需求已经满足了（结业记录已经算上它），不能删除。',
				);
			await db.transaction(async (tx) => {
				// only while still open: a completion recorded meanwhile keeps it
				if (!(await repo.deleteOpen(tx, needId)))
					throw new RuleViolationError(
						'training_need_met',
						'这条培训需求刚刚已经满足了，不能删除。',
					);
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'training.need_remove',
					entity: 'person',
					entityId: personId,
					detail: {
						needId,
						occupationCode: before.n.occupationCode,
						what: before.n.what,
					},
					...meta,
				});
			});
		},

		/** Needs across people for planning courses, with the open ones counted by occupation. */
		async overview(actor: AuthUser, q: TrainingNeedQuery): Promise<TrainingNeedOverview> {
			const township = scopeOf(actor) ?? q.township;
			const [{ rows, total }, summary] = await Promise.all([
				repo.list(
					db,
					{ township, occupation: q.occupation, met: q.met },
					{ offset: (q.page - 1) * q.pageSize, limit: q.pageSize },
				),
				repo.openByOccupation(db, township),
			]);
			return {
				items: rows.map(toRow),
				total,
				page: q.page,
				pageSize: q.pageSize,
				summary: summary.map((s) => ({ ...s, people: Number(s.people) })),
			};
		},
	};
}
