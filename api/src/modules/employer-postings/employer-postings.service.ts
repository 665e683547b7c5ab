import {
	certificateLabel,
	HEALTH_MASSAGE_GRADES,
	MEDICAL_MASSAGE_CERTIFICATE,
	type AuditAction,
	type CertificateKind,
	type EmployerPosting,
	type EmployerPostingList,
	type PostingDraft,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { NewPosting, Posting } from '@ronghe/db/schema';
import { markDirty } from '@ronghe/search';
import { FieldsInvalidError, NotFoundError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { EmployerPostingsRepository } from './employer-postings.repository.js';
import { mergeFlags, toEmployerPosting, unresolvedFlags } from './posting-view.js';

type Deps = { db: Db; repo: EmployerPostingsRepository; now: () => Date };
export type EmployerPostingsService = ReturnType<typeof createEmployerPostingsService>;
type FieldError = { pointer: string; detail: string };

const EDITABLE = new Set<Posting['status']>(['draft', 'returned']);

/** Every change to a posting that is or was public must reach the search index. */
async function touchIndex(tx: Db, p: Pick<Posting, 'id' | 'publishedAt'>) {
	if (p.publishedAt) await markDirty(tx, 'postings', p.id);
}

/** What a complete posting needs before bureau staff look at it. */
function completenessErrors(p: Posting): FieldError[] {
	const errors: FieldError[] = [];
	const need = (ok: boolean, field: string, detail: string) => {
		if (!ok) errors.push({ pointer: `#/${field}`, detail });
	};
	need(
		p.description.length >= 10,
		'description',
		'请写岗位说明（至少 10 个字）：每天做什么、在哪里做。',
	);
	need(p.payMin !== null, 'payMin', '请填写工资（元/月），至少填最低工资。');
	need(p.acceptedCategories.length > 0, 'acceptedCategories', '请至少选择一种可以接纳的残疾类别。');
	need(p.closingDate !== null, 'closingDate', '请填写截止日期。');
	if (p.postType === 'public_welfare') {
		need(p.publicWelfareKind !== null, 'publicWelfareKind', '请选择城镇或乡村公益性岗位。');
		need(p.fundingSource.length > 0, 'fundingSource', '请填写资金来源，例如“就业补助资金”。');
		need(p.termStart !== null, 'termStart', '请填写岗位开始日期。');
		need(p.termEnd !== null, 'termEnd', '请填写岗位结束日期（期限最长 3 年）。');
	}
	const certs = p.requiredCertificates;
	if (p.postType === 'blind_medical_massage')
		need(
			certs.includes(MEDICAL_MASSAGE_CERTIFICATE),
			'requiredCertificates',
			`盲人医疗按摩岗位必须要求“${certificateLabel(MEDICAL_MASSAGE_CERTIFICATE)}”。`,
		);
	if (p.postType === 'blind_health_massage')
		need(
			certs.some((c) => HEALTH_MASSAGE_GRADES.includes(c as CertificateKind)),
			'requiredCertificates',
			'盲人保健按摩岗位必须要求保健按摩师证书（初级、中级或高级）。',
		);
	return errors;
}

export function createEmployerPostingsService({ db, repo, now }: Deps) {
	function employerOf(user: AuthUser): string {
		if (!user.employerId)
			throw new RuleViolationError('no_employer', '您的账户还没有关联用人单位，请先登记单位信息。');
		return user.employerId;
	}

	/** The user's own posting; another employer's posting does not exist for them. */
	async function own(user: AuthUser, id: string) {
		const row = await repo.find(db, id);
		if (!row || !user.employerId || row.posting.employerId !== user.employerId)
			throw new NotFoundError('posting', id);
		return row;
	}

	async function get(user: AuthUser, id: string): Promise<EmployerPosting> {
		return toEmployerPosting(await own(user, id));
	}

	/** Checks the references in a draft and turns it into columns. */
	async function columnsOf(
		employerId: string,
		body: PostingDraft,
		previous: Posting['inclusionFlags'],
	) {
		const errors: FieldError[] = [];
		const employer = await repo.employer(db, employerId);
		if (!employer) throw new NotFoundError('employer', employerId);
		if (
			body.postType === 'blind_medical_massage' &&
			!employer.roles.includes('blind_medical_massage')
		)
			errors.push({
				pointer: '#/postType',
				detail: '只有登记为盲人医疗按摩所的单位才能发布盲人医疗按摩岗位。',
			});
		const township = await repo.township(db, body.townshipCode);
		if (!township) errors.push({ pointer: '#/townshipCode', detail: '请从列表里选择乡镇。' });
		if (body.occupationCode && !(await repo.occupationExists(db, body.occupationCode)))
			errors.push({ pointer: '#/occupationCode', detail: '请从列表里选择职业。' });
		if (errors.length) throw new FieldsInvalidError(errors);
		const { flagDecisions, ...fields } = body;
		const welfare = body.postType === 'public_welfare';
		const row: Omit<NewPosting, 'employerId'> = {
			...fields,
			occupationCode: body.occupationCode || null,
			latitude: body.latitude ?? township!.latitude,
			longitude: body.longitude ?? township!.longitude,
			acceptedCategories: [...new Set(body.acceptedCategories)].sort(),
			acceptedLevels: [...new Set(body.acceptedLevels)].sort(),
			requiredCertificates: [...new Set(body.requiredCertificates)],
			publicWelfareKind: welfare ? body.publicWelfareKind : null,
			fundingSource: welfare ? body.fundingSource : '',
			termStart: welfare ? body.termStart : null,
			termEnd: welfare ? body.termEnd : null,
			familyPriority: welfare && body.familyPriority,
			inclusionFlags: mergeFlags(body, flagDecisions, previous),
		};
		return row;
	}

	/** Runs a state change on the locked own posting, with its outbox row and audit entry. */
	async function transition(
		user: AuthUser,
		id: string,
		meta: AuditMeta,
		change: (p: Posting) => Partial<NewPosting> | null,
		action?: AuditAction,
	) {
		await own(user, id);
		await db.transaction(async (tx) => {
			const p = await repo.lock(tx, id);
			if (!p) throw new NotFoundError('posting', id);
			const patch = change(p);
			if (!patch) return; // already in the wanted state: a retried request
			await repo.update(tx, id, patch);
			await touchIndex(tx, { id, publishedAt: patch.publishedAt ?? p.publishedAt });
			if (action)
				await writeAudit(tx, {
					actorUserId: user.id,
					action,
					entity: 'posting',
					entityId: id,
					detail: { from: p.status, to: patch.status ?? p.status },
					...meta,
				});
		});
		return get(user, id);
	}

	const changedFields = (before: Posting, after: Partial<NewPosting>) =>
		Object.entries(after)
			.filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof Posting]))
			.map(([k]) => k);

	const badState = (what: string) => new RuleViolationError('posting_state', what);

	return {
		get,
		async list(user: AuthUser): Promise<EmployerPostingList> {
			if (!user.employerId) return { items: [], employerApproved: false };
			const [rows, employer] = await Promise.all([
				repo.listByEmployer(db, user.employerId),
				repo.employer(db, user.employerId),
			]);
			return {
				items: rows.map((r) => {
					const p = toEmployerPosting(r);
					return {
						id: p.id,
						title: p.title,
						status: p.status,
						postType: p.postType,
						townshipName: p.townshipName,
						headcount: p.headcount,
						returnReason: p.returnReason,
						submittedAt: p.submittedAt,
						publishedAt: p.publishedAt,
						closingDate: p.closingDate,
						updatedAt: p.updatedAt,
					};
				}),
				employerApproved: employer?.status === 'approved',
			};
		},

		async create(user: AuthUser, body: PostingDraft, meta: AuditMeta): Promise<EmployerPosting> {
			const employerId = employerOf(user);
			const row = await columnsOf(employerId, body, []);
			const id = await db.transaction(async (tx) => {
				const { id } = await repo.insert(tx, { ...row, employerId, status: 'draft' });
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'posting.create',
					entity: 'posting',
					entityId: id,
					detail: { employerId },
					...meta,
				});
				return id;
			});
			return get(user, id);
		},

		async update(
			user: AuthUser,
			id: string,
			body: PostingDraft,
			meta: AuditMeta,
		): Promise<EmployerPosting> {
			const { posting } = await own(user, id);
			const row = await columnsOf(posting.employerId, body, posting.inclusionFlags);
			await db.transaction(async (tx) => {
				const p = await repo.lock(tx, id);
				if (!p || !EDITABLE.has(p.status))
					throw badState(
						'这个岗位已经提交审核或已发布，不能直接修改。请先“撤回修改”，改好后再提交。',
					);
				await repo.update(tx, id, row);
				await touchIndex(tx, p);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'posting.update',
					entity: 'posting',
					entityId: id,
					// names of the fields that changed; the values are in the posting itself
					detail: { fields: changedFields(p, row) },
					...meta,
				});
			});
			return get(user, id);
		},

		async submit(user: AuthUser, id: string, meta: AuditMeta): Promise<EmployerPosting> {
			const { posting } = await own(user, id);
			const employer = await repo.employer(db, posting.employerId);
			if (employer?.status !== 'approved')
				throw new RuleViolationError(
					'employer_not_approved',
					'您的单位还没有通过审核，暂时不能提交岗位。可以先保存草稿，单位审核通过后再提交。',
				);
			return transition(
				user,
				id,
				meta,
				(p) => {
					if (p.status === 'submitted') return null;
					if (!EDITABLE.has(p.status)) throw badState('只有草稿或退回修改的岗位可以提交审核。');
					const errors = [...completenessErrors(p), ...unresolvedFlags(p, p.inclusionFlags)];
					if (errors.length) throw new FieldsInvalidError(errors);
					return { status: 'submitted', submittedAt: now() };
				},
				'posting.submit',
			);
		},

		async withdraw(user: AuthUser, id: string, meta: AuditMeta) {
			return transition(
				user,
				id,
				meta,
				(p) => {
					if (p.status === 'draft') return null;
					if (p.status === 'filled') throw badState('已招满的岗位不能再修改，请发布一个新岗位。');
					return { status: 'draft', submittedAt: null };
				},
				'posting.withdraw',
			);
		},

		async close(user: AuthUser, id: string, meta: AuditMeta) {
			return transition(
				user,
				id,
				meta,
				(p) => {
					if (p.status === 'closed') return null;
					if (p.status !== 'published') throw badState('只有已发布的岗位可以停止招聘。');
					return { status: 'closed', closedAt: now() };
				},
				'posting.close',
			);
		},

		async markFilled(user: AuthUser, id: string, meta: AuditMeta) {
			return transition(
				user,
				id,
				meta,
				(p) => {
					if (p.status === 'filled') return null;
					if (p.status !== 'published' && p.status !== 'closed')
						throw badState('只有已发布或已停止招聘的岗位可以标记为已招满。');
					return { status: 'filled', closedAt: p.closedAt ?? now() };
				},
				'posting.fill',
			);
		},
	};
}
