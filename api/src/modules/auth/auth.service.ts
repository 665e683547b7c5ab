import { createHash, randomBytes } from 'node:crypto';
import {
	ROLES,
	type ChangePasswordBody,
	type CurrentUser,
	type LoginResult,
	type PasswordResetResult,
	type Role,
	type UiDefaults,
} from '@ronghe/contracts';
import { maskPhone, type Db } from '@ronghe/db';
import type { User } from '@ronghe/db/schema';
import {
	AccountLockedError,
	ForbiddenError,
	InvalidCredentialsError,
	NotFoundError,
	RuleViolationError,
} from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthRepository } from './auth.repository.js';
import { hashPassword, temporaryPassword, verifyDummy, verifyPassword } from './password.js';

export type AuthPolicy = {
	/** Wrong passwords in a row before the account locks. */
	maxFailedLogins: number;
	lockMinutes: number;
	/** A session ends after this many days without use. */
	sessionDays: number;
};
export const DEFAULT_AUTH_POLICY: AuthPolicy = {
	maxFailedLogins: 5,
	lockMinutes: 15,
	sessionDays: 14,
};

/** The signed-in caller as every route sees it. */
export type AuthUser = Pick<
	User,
	'id' | 'role' | 'displayName' | 'townshipCode' | 'employerId' | 'personId' | 'phone'
> & { mustChangePassword: boolean };

type Deps = { db: Db; authRepo: AuthRepository; now: () => Date; policy: AuthPolicy };
export type AuthService = ReturnType<typeof createAuthService>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const beijingTime = (d: Date) =>
	d.toLocaleTimeString('zh-CN', {
		timeZone: 'Asia/Shanghai',
		hour: '2-digit',
		minute: '2-digit',
		hour12: false,
	});

export function toCurrentUser(u: AuthUser, uiDefaults: UiDefaults | null = null): CurrentUser {
	return {
		id: u.id,
		displayName: u.displayName,
		role: u.role,
		phoneMasked: maskPhone(u.phone),
		townshipCode: u.townshipCode,
		employerId: u.employerId,
		mustChangePassword: u.mustChangePassword,
		uiDefaults,
	};
}

function toAuthUser(u: User): AuthUser {
	const { id, role, displayName, townshipCode, employerId, personId, phone } = u;
	return {
		id,
		role,
		displayName,
		townshipCode,
		employerId,
		personId,
		phone,
		mustChangePassword: u.mustChangePassword === 1,
	};
}

// Who may reset whose password: staff for the people they serve, admins for everyone.
const RESETTABLE: Record<Role, readonly Role[]> = {
	admin: ROLES,
	bureau: ['seeker', 'employer', 'township'],
	federation: ['seeker', 'employer', 'township'],
	township: ['seeker'],
	employer: [],
	seeker: [],
};

export function createAuthService({ db, authRepo, now, policy }: Deps) {
	const sessionMs = policy.sessionDays * 86_400_000;

	// A seeker's passport carries display defaults; the web app applies them at sign-in. Inside a
	// transaction `ex` must be that transaction: the embedded database has one connection, and a
	// query on `db` would wait for the transaction that waits for it.
	async function uiDefaultsOf(
		u: Pick<User, 'role' | 'personId'>,
		ex: Db = db,
	): Promise<UiDefaults | null> {
		if (u.role !== 'seeker' || !u.personId) return null;
		const passport = await authRepo.passportOf(ex, u.personId);
		return passport ? { largeText: passport.largeText, highContrast: passport.highContrast } : null;
	}

	/** A new session for `userId`, written with `tx` so it can share a transaction (sign-up). */
	async function openSession(tx: Db, userId: string, userAgent: string) {
		const token = randomBytes(32).toString('base64url');
		const expiresAt = new Date(now().getTime() + sessionMs);
		await authRepo.insertSession(tx, {
			tokenHash: hashToken(token),
			userId,
			expiresAt,
			userAgent: userAgent.slice(0, 300),
		});
		return { token, expiresAt: expiresAt.toISOString() };
	}

	async function login(phone: string, password: string, meta: AuditMeta): Promise<LoginResult> {
		const user = await authRepo.findUserByPhone(db, phone);
		if (!user) {
			await verifyDummy(password);
			throw new InvalidCredentialsError('手机号或密码不对，请检查后再试。');
		}
		if (user.disabledAt) throw new ForbiddenError('这个账户已停用。如有疑问，请联系县残联。');
		const at = now();
		if (user.lockedUntil && user.lockedUntil > at) {
			throw new AccountLockedError(
				`密码连续输错次数太多，账户已暂时锁定，请在北京时间 ${beijingTime(user.lockedUntil)} 以后再试，或请工作人员帮您重置密码。`,
			);
		}
		if (!(await verifyPassword(user.passwordHash, password))) {
			const failures = await authRepo.countFailure(db, user.id);
			if (failures >= policy.maxFailedLogins) {
				const until = new Date(at.getTime() + policy.lockMinutes * 60_000);
				await authRepo.updateUser(db, user.id, { lockedUntil: until, failedLogins: 0 });
				await writeAudit(db, {
					actorUserId: user.id,
					action: 'auth.locked',
					entity: 'user',
					entityId: user.id,
					...meta,
				});
				throw new AccountLockedError(
					`密码连续输错 ${policy.maxFailedLogins} 次，账户已暂时锁定 ${policy.lockMinutes} 分钟，请在北京时间 ${beijingTime(until)} 以后再试，或请工作人员帮您重置密码。`,
				);
			}
			const left = policy.maxFailedLogins - failures;
			throw new InvalidCredentialsError(
				`手机号或密码不对，请检查后再试。再输错 ${left} 次，账户会暂时锁定 ${policy.lockMinutes} 分钟。`,
			);
		}
		return db.transaction(async (tx) => {
			await authRepo.updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null });
			return startSession(tx, user, meta);
		});
	}

	/**
	 * A new session for `user`, written with `tx` so that a sign-up can create the account and
	 * sign it in within one transaction. The caller has checked the credentials.
	 */
	async function startSession(tx: Db, user: User, meta: AuditMeta): Promise<LoginResult> {
		const token = randomBytes(32).toString('base64url');
		const expiresAt = new Date(now().getTime() + sessionMs);
		await authRepo.insertSession(tx, {
			tokenHash: hashToken(token),
			userId: user.id,
			expiresAt,
			userAgent: meta.userAgent.slice(0, 300),
		});
		await writeAudit(tx, {
			actorUserId: user.id,
			action: 'auth.login',
			entity: 'user',
			entityId: user.id,
			...meta,
		});
		const uiDefaults = await uiDefaultsOf(user, tx);
		return {
			token,
			expiresAt: expiresAt.toISOString(),
			user: toCurrentUser(toAuthUser(user), uiDefaults),
		};
	}

	/** Resolves a session token; extends the session at most once an hour. */
	async function authenticate(
		token: string,
	): Promise<{ user: AuthUser; tokenHash: string } | undefined> {
		const tokenHash = hashToken(token);
		const at = now();
		const row = await authRepo.findSession(db, tokenHash, at);
		if (!row || row.user.disabledAt) return undefined;
		if (at.getTime() - row.session.lastSeenAt.getTime() > 3_600_000) {
			await authRepo.touchSession(db, tokenHash, at, new Date(at.getTime() + sessionMs));
		}
		return { user: toAuthUser(row.user), tokenHash };
	}

	return {
		login,
		startSession,
		authenticate,
		openSession,
		async currentUser(user: AuthUser): Promise<CurrentUser> {
			return toCurrentUser(user, await uiDefaultsOf(user));
		},
		async logout(tokenHash: string) {
			return { sessionsEnded: await authRepo.deleteSession(db, tokenHash) };
		},
		async logoutAll(user: AuthUser) {
			return { sessionsEnded: await authRepo.deleteUserSessions(db, user.id) };
		},
		async changePassword(user: AuthUser, tokenHash: string, body: ChangePasswordBody) {
			const stored = await authRepo.findUserById(db, user.id);
			if (!stored || !(await verifyPassword(stored.passwordHash, body.currentPassword))) {
				throw new RuleViolationError('wrong_password', '现在的密码不对，密码没有修改。');
			}
			const passwordHash = await hashPassword(body.newPassword);
			return db.transaction(async (tx) => {
				await authRepo.updateUser(tx, user.id, { passwordHash, mustChangePassword: 0 });
				const ended = await authRepo.deleteUserSessions(tx, user.id, tokenHash);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'auth.password_changed',
					entity: 'user',
					entityId: user.id,
				});
				return { sessionsEnded: ended };
			});
		},
		/** Staff sets a temporary password (read out to the user), unlocks, and ends every session. */
		async resetPassword(
			actor: AuthUser,
			userId: string,
			meta: AuditMeta,
		): Promise<PasswordResetResult> {
			const target = await authRepo.findUserById(db, userId);
			if (!target) throw new NotFoundError('user', userId);
			if (!RESETTABLE[actor.role].includes(target.role)) {
				throw new ForbiddenError('您不能重置这个账户的密码。');
			}
			if (actor.role === 'township') {
				const township = target.personId
					? await authRepo.personTownship(db, target.personId)
					: undefined;
				if (township !== actor.townshipCode)
					throw new ForbiddenError('只能重置本乡镇求职者的密码。');
			}
			const password = temporaryPassword();
			const passwordHash = await hashPassword(password);
			return db.transaction(async (tx) => {
				await authRepo.updateUser(tx, target.id, {
					passwordHash,
					mustChangePassword: 1,
					failedLogins: 0,
					lockedUntil: null,
				});
				const ended = await authRepo.deleteUserSessions(tx, target.id);
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'user.password_reset',
					entity: 'user',
					entityId: target.id,
					...meta,
				});
				return { temporaryPassword: password, sessionsEnded: ended };
			});
		},
	};
}
