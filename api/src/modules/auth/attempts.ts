import type { Db } from '@ronghe/db';
import type { User } from '@ronghe/db/schema';
import { AccountLockedError, InvalidCredentialsError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthRepository } from './auth.repository.js';
import type { AuthPolicy } from './auth.service.js';
import { verifyDummy, verifyPassword } from './password.js';

// rounded up to the minute: "after 10:32" must not be a time at which the wait still runs
const beijingTime = (d: Date) =>
	new Date(Math.ceil(d.getTime() / 60_000) * 60_000).toLocaleTimeString('zh-CN', {
		timeZone: 'Asia/Shanghai',
		hour: '2-digit',
		minute: '2-digit',
		hour12: false,
	});

/** The waits of an account after repeated wrong passwords, in the units the repository takes. */
export const waitsOf = (policy: AuthPolicy) => ({
	after: policy.freeFailures,
	firstMs: policy.firstWaitMinutes * 60_000,
	maxMs: policy.maxWaitMinutes * 60_000,
});

/**
 * The same counting as the users table, for phone numbers that have no account. Without it an
 * unknown number would never have to wait, and the wait would tell a stranger which numbers
 * have accounts. Held in memory: bounded, forgotten at restart (an attacker gains nothing from
 * that they could not get by waiting). Counting is synchronous, so parallel calls are ordered.
 */
export function createPhantomAttempts(policy: AuthPolicy, maxEntries = 10_000) {
	const waits = waitsOf(policy);
	const entries = new Map<string, { failedLogins: number; lockedUntil: number | null }>();
	return {
		/** Like AuthRepository.reserveAttempt: undefined while the number waits. */
		reserve(
			phone: string,
			at: Date,
		): { failedLogins: number; lockedUntil: Date | null } | undefined {
			const now = at.getTime();
			const entry = entries.get(phone) ?? { failedLogins: 0, lockedUntil: null };
			if (entry.lockedUntil !== null && entry.lockedUntil > now) return undefined;
			entry.failedLogins += 1;
			entry.lockedUntil =
				entry.failedLogins >= waits.after
					? now + Math.min(waits.maxMs, waits.firstMs * 2 ** (entry.failedLogins - waits.after))
					: null;
			entries.delete(phone); // re-insert: the map's order is the order of last use
			entries.set(phone, entry);
			if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
			return {
				failedLogins: entry.failedLogins,
				lockedUntil: entry.lockedUntil === null ? null : new Date(entry.lockedUntil),
			};
		},
		lockedUntil(phone: string): Date | null {
			const until = entries.get(phone)?.lockedUntil;
			return until ? new Date(until) : null;
		},
	};
}

type Deps = { db: Db; authRepo: AuthRepository; now: () => Date; policy: AuthPolicy };

/**
 * Password checks with a count of wrong attempts per account: the first `freeFailures` cost
 * nothing, then each further attempt waits (1, 2, 4, 8, then 15 minutes with the defaults).
 * The wait only slows guessing down: nobody can keep an account (a staff member's, say) shut
 * for longer than the longest wait per attempt, and a right password clears the count.
 *
 * The returned check takes `password` for the account with `phone` (which may not exist),
 * counting the attempt before the check. An unknown number and a wrong password take the same
 * time (a dummy hash is verified) and get the same answers, waits included.
 */
export function createPasswordCheck({ db, authRepo, now, policy }: Deps) {
	const phantoms = createPhantomAttempts(policy);
	const waits = waitsOf(policy);
	const minutes = (until: Date, at: Date) => Math.ceil((until.getTime() - at.getTime()) / 60_000);
	const waiting = (until: Date | null) =>
		new AccountLockedError(
			`密码连续输错次数太多，为了安全，暂时不能登录。请在北京时间 ${beijingTime(until ?? now())} 以后再试，或请工作人员帮您重置密码。`,
		);

	return async function checkPassword(
		phone: string,
		user: User | undefined,
		password: string,
		meta?: AuditMeta,
	): Promise<User> {
		const at = now();
		const reserved = user
			? await authRepo.reserveAttempt(db, user.id, at, waits)
			: phantoms.reserve(phone, at);
		if (!reserved) {
			const fresh = user ? await authRepo.findUserById(db, user.id) : undefined;
			throw waiting(user ? (fresh?.lockedUntil ?? null) : phantoms.lockedUntil(phone));
		}
		const ok = user
			? await verifyPassword(user.passwordHash, password)
			: await verifyDummy(password);
		if (ok && user) return user;
		const failures = reserved.failedLogins;
		if (reserved.lockedUntil) {
			if (user && failures === policy.freeFailures)
				await writeAudit(db, {
					actorUserId: user.id,
					action: 'auth.locked',
					entity: 'user',
					entityId: user.id,
					...meta,
				});
			throw new AccountLockedError(
				`密码连续输错 ${failures} 次，为了安全，要等 ${minutes(reserved.lockedUntil, at)} 分钟才能再试：请在北京时间 ${beijingTime(reserved.lockedUntil)} 以后再试，或请工作人员帮您重置密码。`,
			);
		}
		throw new InvalidCredentialsError(
			`手机号或密码不对，请检查后再试。再输错 ${policy.freeFailures - failures} 次，就要等 ${policy.firstWaitMinutes} 分钟才能再试。`,
		);
	};
}
