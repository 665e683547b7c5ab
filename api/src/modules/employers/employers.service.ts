import {
	USCC_CHECKSUM_FLAG,
	type AddedEmployerUser,
	type AddEmployerUserBody,
	type Employer,
	type EmployerDetail,
	type EmployerList,
	type EmployerListQuery,
	type EmployerSignUp,
	type EmployerSignUpResult,
	type EmployerUser,
	type EmployerUserList,
	type ReviewEmployerBody,
	type UpdateEmployer,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { markEmployerPostingsDirty } from '@ronghe/search';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthService, AuthUser } from '../auth/auth.service.js';
import { hashPassword, temporaryPassword } from '../auth/password.js';
import { profileColumns, toEmployer, toEmployerUser, toSummary } from './employers.mapping.js';
import type { EmployersRepository } from './employers.repository.js';

type Deps = { db: Db; employersRepo: EmployersRepository; auth: AuthService; now: () => Date };
export type EmployersService = ReturnType<typeof createEmployersService>;
type Meta = AuditMeta;

const EMPLOYER_EXISTS = '这个单位已经注册过了，请联系单位的账号管理人添加您。';
const PHONE_TAKEN =
	'这个手机号已经有账号了。请直接登录；忘记密码请找县残联或县人社局重置。要用别的手机号注册，请换一个号码。';

/** Township staff see only the employers of their own township. */
const scopeOf = (user: AuthUser) =>
	user.role === 'township' ? (user.townshipCode ?? '-') : undefined;

export function createEmployersService({ db, employersRepo, auth, now }: Deps) {
	async function load(id: string, scope?: string) {
		const row = await employersRepo.find(db, id);
		if (!row || (scope && row.employer.townshipCode !== scope))
			throw new NotFoundError('employer', id);
		return row;
	}
	const own = (user: AuthUser) => {
		if (!user.employerId) throw new NotFoundError('employer');
		return load(user.employerId);
	};
	const getOwn = async (user: AuthUser) => {
		const row = await own(user);
		return toEmployer(row.employer, row.townshipName);
	};
	async function get(user: AuthUser, id: string): Promise<EmployerDetail> {
		const { employer, townshipName } = await load(id, scopeOf(user));
		const users = await employersRepo.usersOf(db, id);
		return { ...toEmployer(employer, townshipName), users: users.map(toEmployerUser) };
	}
	async function requireTownship(code: string) {
		if (!(await employersRepo.townshipExists(db, code)))
			throw new RuleViolationError('unknown_township', '没有这个乡镇，请从列表里选择。');
	}

	/**
	 * A retried sign-up (same unit, same phone and password) signs in again instead of failing.
	 * The password is checked like a login, with the same count of attempts.
	 */
	async function retriedSignUp(body: EmployerSignUp, employerId: string, meta: Meta) {
		const user = await employersRepo.findUserByPhone(db, body.phone);
		if (!user || user.employerId !== employerId) return undefined;
		const login = await auth.retriedSignUp(user, body.password, meta);
		if (!login) return undefined;
		const row = await load(employerId);
		return { ...login, employer: toEmployer(row.employer, row.townshipName) };
	}

	return {
		/** A unit registers itself with its first HR account, which is signed in at once. */
		async signUp(
			body: EmployerSignUp,
			meta: Meta,
		): Promise<{ result: EmployerSignUpResult; created: boolean }> {
			const columns = profileColumns(body);
			const existing = await employersRepo.findByUscc(db, columns.uscc);
			if (existing) {
				const again = await retriedSignUp(body, existing.id, meta);
				if (again) return { result: again, created: false };
				throw new ConflictError('employer_exists', EMPLOYER_EXISTS);
			}
			if (await employersRepo.findUserByPhone(db, body.phone))
				throw new ConflictError('phone_taken', PHONE_TAKEN);
			await requireTownship(body.townshipCode);
			const passwordHash = await hashPassword(body.password);
			const { employerId, login } = await db.transaction(async (tx) => {
				const employer = await employersRepo.insert(tx, { ...columns, status: 'pending' });
				if (!employer) throw new ConflictError('employer_exists', EMPLOYER_EXISTS);
				const user = await employersRepo.insertUser(tx, {
					phone: body.phone,
					displayName: body.displayName,
					role: 'employer',
					employerId: employer.id,
					passwordHash,
				});
				if (!user) throw new ConflictError('phone_taken', PHONE_TAKEN);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'employer.sign_up',
					entity: 'employer',
					entityId: employer.id,
					detail: { reviewFlags: columns.reviewFlags },
					...meta,
				});
				return { employerId: employer.id, login: await auth.startSession(tx, user, meta) };
			});
			const row = await load(employerId);
			return {
				result: { ...login, employer: toEmployer(row.employer, row.townshipName) },
				created: true,
			};
		},

		getOwn,

		/**
		 * Saves the own profile. A new name or USCC of an approved unit, or any change to a
		 * rejected one, sends it back to staff for review.
		 */
		async updateOwn(user: AuthUser, body: UpdateEmployer, meta: AuditMeta): Promise<Employer> {
			const { employer: current } = await own(user);
			const columns = profileColumns(body, current.reviewFlags);
			if (columns.uscc !== current.uscc) {
				const taken = await employersRepo.findByUscc(db, columns.uscc);
				if (taken) throw new ConflictError('employer_exists', EMPLOYER_EXISTS);
			}
			if (columns.townshipCode !== current.townshipCode)
				await requireTownship(columns.townshipCode);
			const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter(
				(k) => JSON.stringify(columns[k]) !== JSON.stringify(current[k]),
			);
			const identity = changed.includes('name') || changed.includes('uscc');
			const backToReview =
				(current.status === 'approved' && identity) ||
				(current.status === 'rejected' && changed.length > 0);
			if (changed.length === 0) return getOwn(user);
			await db.transaction(async (tx) => {
				const saved = await employersRepo.update(tx, current.id, {
					...columns,
					...(backToReview ? { status: 'pending' as const } : {}),
				});
				if (!saved) throw new ConflictError('employer_exists', EMPLOYER_EXISTS);
				// postings show the employer's name: re-index them with the change
				if (changed.includes('name')) await markEmployerPostingsDirty(tx, current.id);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'employer.update',
					entity: 'employer',
					entityId: current.id,
					detail: { fields: changed, backToReview },
					...meta,
				});
			});
			return getOwn(user);
		},

		async listUsers(user: AuthUser): Promise<EmployerUserList> {
			const { employer } = await own(user);
			return { items: (await employersRepo.usersOf(db, employer.id)).map(toEmployerUser) };
		},

		/** Another HR account of the same unit, with a temporary password to change at first sign-in. */
		async addUser(
			user: AuthUser,
			body: AddEmployerUserBody & { phone: string },
			meta: AuditMeta,
		): Promise<AddedEmployerUser> {
			const { employer } = await own(user);
			const password = temporaryPassword();
			const passwordHash = await hashPassword(password);
			return db.transaction(async (tx) => {
				const added = await employersRepo.insertUser(tx, {
					phone: body.phone,
					displayName: body.displayName.trim(),
					role: 'employer',
					employerId: employer.id,
					passwordHash,
					mustChangePassword: 1,
					passwordExpiresAt: auth.temporaryPasswordEnd(),
				});
				if (!added)
					throw new ConflictError('phone_taken', '这个手机号已经有账号了，请换一个号码。');
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'employer.user_add',
					entity: 'user',
					entityId: added.id,
					detail: { employerId: employer.id },
					...meta,
				});
				return { user: toEmployerUser(added), temporaryPassword: password };
			});
		},

		async disableUser(user: AuthUser, userId: string, meta: AuditMeta): Promise<EmployerUser> {
			const { employer } = await own(user);
			const target = (await employersRepo.usersOf(db, employer.id)).find((u) => u.id === userId);
			if (!target) throw new NotFoundError('user', userId);
			if (target.id === user.id)
				throw new RuleViolationError(
					'cannot_disable_self',
					'不能停用自己正在用的账号。请让本单位的另一位人事停用。',
				);
			if (target.disabledAt) return toEmployerUser(target);
			const at = now();
			await db.transaction(async (tx) => {
				await employersRepo.disableUser(tx, target.id, at);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'employer.user_disable',
					entity: 'user',
					entityId: target.id,
					detail: { employerId: employer.id },
					...meta,
				});
			});
			return toEmployerUser({ ...target, disabledAt: at });
		},

		async list(user: AuthUser, q: EmployerListQuery): Promise<EmployerList> {
			const filter = {
				status: q.status,
				townshipCode: scopeOf(user) ?? q.township,
				nameContains: q.q || undefined,
				flag: q.flagged ? USCC_CHECKSUM_FLAG : undefined,
			};
			const [rows, total] = await Promise.all([
				employersRepo.list(db, filter, q.pageSize, (q.page - 1) * q.pageSize),
				employersRepo.count(db, filter),
			]);
			return {
				items: rows.map((r) => toSummary(r.employer, r.townshipName)),
				total,
				page: q.page,
				pageSize: q.pageSize,
			};
		},

		get,

		/** Staff approve or reject; approving confirms the flags, which are then cleared. */
		async review(
			user: AuthUser,
			id: string,
			body: { decision: ReviewEmployerBody['decision']; note: string },
			meta: AuditMeta,
		): Promise<EmployerDetail> {
			const { employer } = await load(id, scopeOf(user));
			const approve = body.decision === 'approve';
			await db.transaction(async (tx) => {
				await employersRepo.update(tx, id, {
					status: approve ? 'approved' : 'rejected',
					reviewNote: body.note,
					reviewedByUserId: user.id,
					reviewedAt: now(),
					...(approve ? { reviewFlags: [] } : {}),
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'employer.review',
					entity: 'employer',
					entityId: id,
					detail: { decision: body.decision, from: employer.status, flags: employer.reviewFlags },
					...meta,
				});
			});
			return get(user, id);
		},
	};
}
