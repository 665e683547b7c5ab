import type {
	EmployerPosting,
	ReturnPostingBody,
	ReviewQueue,
	ReviewQueueQuery,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { NewPosting, Posting } from '@ronghe/db/schema';
import { markDirty } from '@ronghe/search';
import { NotFoundError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { EmployerPostingsRepository } from '../employer-postings/employer-postings.repository.js';
import { toEmployerPosting } from '../employer-postings/posting-view.js';

type Deps = { db: Db; repo: EmployerPostingsRepository; now: () => Date };
export type PostingReviewsService = ReturnType<typeof createPostingReviewsService>;

/** Township staff see only postings in their own township. */
const scopeOf = (user: AuthUser) =>
	user.role === 'township' ? (user.townshipCode ?? '-') : undefined;

export function createPostingReviewsService({ db, repo, now }: Deps) {
	async function get(user: AuthUser, id: string): Promise<EmployerPosting> {
		const row = await repo.find(db, id);
		const scope = scopeOf(user);
		// drafts are the employer's own business until they are submitted
		if (!row || row.posting.status === 'draft' || (scope && row.posting.townshipCode !== scope))
			throw new NotFoundError('posting', id);
		return toEmployerPosting(row);
	}

	async function decide(
		user: AuthUser,
		id: string,
		meta: AuditMeta,
		target: Posting['status'],
		patch: (p: Posting) => Partial<NewPosting>,
		detail: Record<string, unknown> = {},
	) {
		await get(user, id);
		await db.transaction(async (tx) => {
			const p = await repo.lock(tx, id);
			if (!p) throw new NotFoundError('posting', id);
			if (p.status === target) return; // a retried decision
			if (p.status !== 'submitted')
				throw new RuleViolationError(
					'posting_state',
					'这个岗位已经不在等待审核的状态（可能已被别的工作人员处理）。',
				);
			const change = { ...patch(p), status: target, reviewedAt: now(), reviewedByUserId: user.id };
			await repo.update(tx, id, change);
			if (change.publishedAt ?? p.publishedAt) await markDirty(tx, 'postings', id);
			await writeAudit(tx, {
				actorUserId: user.id,
				action: target === 'published' ? 'posting.approve' : 'posting.return',
				entity: 'posting',
				entityId: id,
				detail: { from: p.status, to: target, ...detail },
				...meta,
			});
		});
		return get(user, id);
	}

	return {
		get,
		async queue(user: AuthUser, q: ReviewQueueQuery): Promise<ReviewQueue> {
			const scope = scopeOf(user);
			const [rows, total] = await Promise.all([
				repo.listSubmitted(db, scope, q.pageSize, (q.page - 1) * q.pageSize),
				repo.countSubmitted(db, scope),
			]);
			const items = rows.map((r) => ({
				id: r.posting.id,
				title: r.posting.title,
				employerName: r.employerName,
				postType: r.posting.postType,
				townshipName: r.townshipName,
				submittedAt: r.posting.submittedAt?.toISOString() ?? null,
				flagCount: r.posting.inclusionFlags.filter((f) => f.decision !== 'removed').length,
			}));
			return { items, total, page: q.page, pageSize: q.pageSize };
		},
		approve: (user: AuthUser, id: string, meta: AuditMeta) =>
			decide(user, id, meta, 'published', () => ({ publishedAt: now(), returnReason: '' })),
		/** The reason goes to the employer; the audit row only notes that one was given. */
		return: (user: AuthUser, id: string, body: ReturnPostingBody, meta: AuditMeta) =>
			decide(user, id, meta, 'returned', () => ({ returnReason: body.reason }), {
				reasonGiven: true,
			}),
	};
}
