import { and, eq } from 'drizzle-orm';
import {
	APPLICATION_STATUS_LABELS,
	type ApplicationStatus,
	type ApplyBody,
	type ApplyResult,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { fairPostings, type Application } from '@ronghe/db/schema';
import {
	ConflictError,
	FieldsInvalidError,
	NotFoundError,
	RuleViolationError,
} from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import type { ApplicationsRepository } from './applications.repository.js';
import { notifyAll } from './notify.js';

type Deps = {
	db: Db;
	repo: ApplicationsRepository;
	notifier: Notifier;
	/** One move of an application, with its history row and the message to the other side. */
	move: (
		tx: Db,
		a: Application,
		to: ApplicationStatus,
		by: 'seeker' | 'staff',
		extra?: { note?: string | undefined },
	) => Promise<void>;
};

/** Whether the posting is shown at the fair (an approved booth's or the fair's own list). */
async function atFair(db: Db, fairId: string, postingId: string) {
	const rows = await db
		.select({ p: fairPostings.postingId })
		.from(fairPostings)
		.where(and(eq(fairPostings.fairId, fairId), eq(fairPostings.postingId, postingId)));
	return rows.length > 0;
}

export function createApply({ db, repo, notifier, move }: Deps) {
	/**
	 * One application by the seeker or by staff for them: new, the same answer for the same key,
	 * the same application started over after a withdrawal, or 409 with the existing one. `after`
	 * runs in the transaction when the application was made or started over.
	 */
	return async function applyAs(
		personId: string,
		by: 'seeker' | 'staff',
		postingId: string,
		body: ApplyBody,
		key: string,
		after?: (tx: Db, result: ApplyResult, postingTitle: string) => Promise<void>,
	): Promise<ApplyResult> {
		const posting = await repo.posting(db, postingId);
		if (!posting?.publishedAt) throw new NotFoundError('posting', postingId);
		if (posting.status !== 'published')
			throw new RuleViolationError('posting_closed', '这个岗位已经停止招聘，不能再投递了。');
		if (body.fairId && !(await atFair(db, body.fairId, postingId)))
			throw new FieldsInvalidError([
				{ pointer: '#/fairId', detail: '这个岗位不在这场招聘会上，请从招聘会页面投递。' },
			]);
		return db.transaction(async (tx) => {
			const created = await repo.insertIfNew(tx, {
				fairId: body.fairId ?? null,
				personId,
				postingId,
				employerId: posting.employerId,
				note: body.note ?? '',
				sharePassport: body.sharePassport ?? false,
				idempotencyKey: key,
			});
			if (created) {
				await repo.addEvent(tx, {
					applicationId: created.id,
					status: 'submitted',
					actor: by,
					note: created.note,
				});
				const name = (await repo.person(tx, personId))?.fullName ?? '求职者';
				await notifyAll(notifier, tx, await repo.employerUsers(tx, posting.employerId), {
					kind: 'application',
					title: `${name}投递了“${posting.title}”${by === 'staff' ? '（工作人员代办）' : ''}`,
					body: created.note ? `留言：${created.note}` : '',
					link: `/employer/postings/${postingId}/applications`,
				});
				const result = { id: created.id, status: created.status };
				await after?.(tx, result, posting.title);
				return result;
			}
			const same = await repo.byPersonKey(tx, personId, key);
			if (same && same.postingId === postingId) return { id: same.id, status: same.status };
			if (same)
				throw new ConflictError(
					'idempotency_key_reused',
					'这个 Idempotency-Key 已经用于另一个岗位的投递，请换一个新的。',
				);
			const found = (await repo.byPersonPosting(tx, personId, postingId))!;
			// locked, so two tabs applying again at once start it over once
			const existing = (await repo.lock(tx, found.id))!;
			if (existing.status === 'withdrawn') {
				// applying again after withdrawing starts the same application over
				await repo.setStatus(tx, existing.id, {
					note: body.note ?? '',
					sharePassport: body.sharePassport ?? false,
					idempotencyKey: key,
				});
				await move(tx, existing, 'submitted', by, { note: body.note });
				const result = { id: existing.id, status: 'submitted' as const };
				await after?.(tx, result, posting.title);
				return result;
			}
			throw new ConflictError(
				'already_applied',
				`${by === 'staff' ? '这位求职者' : '您'}已经投递过这个岗位（${APPLICATION_STATUS_LABELS[existing.status]}），不用再投递。`,
				undefined,
				{ applicationId: existing.id, applicationStatus: existing.status },
			);
		});
	};
}
