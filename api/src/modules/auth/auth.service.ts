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
	ForbiddenError,
	InvalidCredentialsError,
	NotFoundError,
	RuleViolationError,
} from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import { createPasswordCheck } from './attempts.js';
import type { AuthRepository } from './auth.repository.js';
import { hashPassword, temporaryPassword, verifyPassword } from './password.js';

export type AuthPolicy = {
	/** Wrong passwords in a row before each further attempt has to wait. */
	freeFailures: number;
	/** The first wait; every further wrong password doubles it, up to `maxWaitMinutes`. */
	firstWaitMinutes: number;
	maxWaitMinutes: number;
	/** A session ends after this many days without use… */
	sessionDays: number;
	/** …and this many days after sign-in, however busy. */
	sessionMaxDays: number;
	/** A temporary password from staff works this long. */
	temporaryPasswordHours: number;
};
export const DEFAULT_AUTH_POLICY: AuthPolicy = {
	freeFailures: 5,
	firstWaitMinutes: 1,
	maxWaitMinutes: 15,
	sessionDays: 14,
	sessionMaxDays: 30,
	temporaryPasswordHours: 72,
};

/** The signed-in caller as every route sees it. */
export type AuthUser = Pick<
	User,
	'id' | 'role' | 'displayName' | 'townshipCode' | 'employerId' | 'personId' | 'phone'
> & { mustChangePassword: boolean };

type Deps = { db: Db; authRepo: AuthRepository; now: () => Date; policy: AuthPolicy };
export type AuthService = ReturnType<typeof createAuthService>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** A seeker's own record seen at sign-in: display defaults and home township. */
type SeekerFacts = { uiDefaults: UiDefaults | null; homeTownshipCode: string | null };
const NO_FACTS: SeekerFacts = { uiDefaults: null, homeTownshipCode: null };

export function toCurrentUser(u: AuthUser, facts: SeekerFacts = NO_FACTS): CurrentUser {
	return {
		id: u.id,
		displayName: u.displayName,
		role: u.role,
		phoneMasked: maskPhone(u.phone),
		townshipCode: u.townshipCode,
		// staff serve their township; a seeker lives in the one on their record
		homeTownshipCode: facts.homeTownshipCode ?? u.townshipCode,
		employerId: u.employerId,
		mustChangePassword: u.mustChangePassword,
		uiDefaults: facts.uiDefaults,
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
	const sessionMaxMs = policy.sessionMaxDays * 86_400_000;
	// a session's end: idle time from now, never past the absolute end
	const endOf = (createdAt: Date, at: Date) =>
		new Date(Math.min(at.getTime() + sessionMs, createdAt.getTime() + sessionMaxMs));

	// A seeker's passport carries display defaults; the web app applies them at sign-in, and the
	// home township says whose 专职委员 to show. Inside a transaction `ex` must be that
	// transaction: the embedded database has one connection, and a query on `db` would wait for
	// the transaction that waits for it.
	async function seekerFactsOf(
		u: Pick<User, 'role' | 'personId'>,
		ex: Db = db,
	): Promise<SeekerFacts> {
		if (u.role !== 'seeker' || !u.personId) return NO_FACTS;
		const row = await authRepo.seekerSessionFacts(ex, u.personId);
		if (!row) return NO_FACTS;
		const { passport, townshipCode } = row;
		return {
			uiDefaults: passport
				? { largeText: passport.largeText, highContrast: passport.highContrast }
				: null,
			homeTownshipCode: townshipCode,
		};
	}

	/** A new session for `userId`, written with `tx` so it can share a transaction (sign-up). */
	async function openSession(tx: Db, userId: string, userAgent: string) {
		const token = randomBytes(32).toString('base64url');
		const at = now();
		const expiresAt = new Date(at.getTime() + sessionMs);
		await authRepo.insertSession(tx, {
			tokenHash: hashToken(token),
			userId,
			createdAt: at, // the absolute end counts from here, on the API's clock
			lastSeenAt: at,
			expiresAt,
			userAgent: userAgent.slice(0, 300),
		});
		return { token, expiresAt: expiresAt.toISOString() };
	}

	const checkPassword = createPasswordCheck({ db, authRepo, now, policy });

	async function login(phone: string, password: string, meta: AuditMeta): Promise<LoginResult> {
		const user = await checkPassword(
			phone,
			await authRepo.findUserByPhone(db, phone),
			password,
			meta,
		);
		// only the holder of the password learns that the account is disabled or expired
		if (user.disabledAt) throw new ForbiddenError('这个账户已停用。如有疑问，请联系县残联。');
		if (user.passwordExpiresAt && user.passwordExpiresAt <= now())
			throw new InvalidCredentialsError(
				`这是工作人员给的临时密码，已经过期（${policy.temporaryPasswordHours} 小时内有效）。请再请工作人员帮您重置密码。`,
				'temporary_password_expired',
			);
		await cleanUpSessions();
		return db.transaction(async (tx) => {
			await authRepo.updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null });
			return startSession(tx, user, meta);
		});
	}

	/**
	 * A retried sign-up (same phone and password) signs in again, like a login: the same count
	 * of attempts, so the retry path is no way around the limit. Undefined when it is not the
	 * holder of the password, whatever the reason.
	 */
	async function retriedSignUp(
		user: User,
		password: string,
		meta: AuditMeta,
	): Promise<LoginResult | undefined> {
		try {
			await checkPassword(user.phone, user, password, meta);
		} catch {
			return undefined;
		}
		if (user.disabledAt || user.mustChangePassword) return undefined;
		return db.transaction(async (tx) => {
			await authRepo.updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null });
			return startSession(tx, user, meta);
		});
	}

	// Expired sessions are deleted at sign-in, at most once an hour: no timer to run or stop.
	let cleanedAt = 0;
	async function cleanUpSessions() {
		const at = now();
		if (at.getTime() - cleanedAt < 3_600_000) return;
		cleanedAt = at.getTime();
		await authRepo.deleteExpiredSessions(db, at, new Date(at.getTime() - sessionMaxMs));
	}

	/**
	 * A new session for `user`, written with `tx` so that a sign-up can create the account and
	 * sign it in within one transaction. The caller has checked the credentials.
	 */
	async function startSession(tx: Db, user: User, meta: AuditMeta): Promise<LoginResult> {
		const token = randomBytes(32).toString('base64url');
		const at = now();
		const expiresAt = new Date(at.getTime() + sessionMs);
		await authRepo.insertSession(tx, {
			tokenHash: hashToken(token),
			userId: user.id,
			createdAt: at,
			lastSeenAt: at,
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
		return {
			token,
			expiresAt: expiresAt.toISOString(),
			user: toCurrentUser(toAuthUser(user), await seekerFactsOf(user, tx)),
		};
	}

	/** Resolves a session token; extends the session at most once an hour. */
	async function authenticate(
		token: string,
	): Promise<{ user: AuthUser; tokenHash: string } | undefined> {
		const tokenHash = hashToken(token);
		const at = now();
		const oldest = new Date(at.getTime() - sessionMaxMs);
		const row = await authRepo.findSession(db, tokenHash, at, oldest);
		if (!row || row.user.disabledAt) return undefined;
		if (at.getTime() - row.session.lastSeenAt.getTime() > 3_600_000) {
			await authRepo.touchSession(db, tokenHash, at, endOf(row.session.createdAt, at));
		}
		return { user: toAuthUser(row.user), tokenHash };
	}

	const temporaryPasswordEnd = () =>
		new Date(now().getTime() + policy.temporaryPasswordHours * 3_600_000);

	return {
		login,
		temporaryPasswordEnd,
		retriedSignUp,
		startSession,
		authenticate,
		openSession,
		async currentUser(user: AuthUser): Promise<CurrentUser> {
			return toCurrentUser(user, await seekerFactsOf(user));
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
				await authRepo.updateUser(tx, user.id, {
					passwordHash,
					mustChangePassword: 0,
					passwordExpiresAt: null,
				});
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
					passwordExpiresAt: temporaryPasswordEnd(),
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
