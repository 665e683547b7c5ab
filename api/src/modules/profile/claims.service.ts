import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { DISABILITY_CONSENT_VERSION, type PersonClaim } from '@ronghe/contracts';
import { maskPhone, type Db } from '@ronghe/db';
import type { Person } from '@ronghe/db/schema';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import { writeAudit } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { ClaimsRepository } from './claims.repository.js';
import type { ProfileRepository } from './profile.repository.js';

type Deps = {
	db: Db;
	claimsRepo: ClaimsRepository;
	profileRepo: ProfileRepository;
	now: () => Date;
	/** Channels that can text a phone number (Notifier.sendCode); none: only staff can confirm. */
	codeSenders: readonly Notifier[];
};
export type ClaimsService = ReturnType<typeof createClaimsService>;
type Claim = NonNullable<Awaited<ReturnType<ClaimsRepository['find']>>>;

/** A code lives 10 minutes and takes 5 tries; a person gets at most 3 codes a day. */
export const CLAIM_CODE = { minutes: 10, tries: 5, perDay: 3 } as const;

const CONFIRM_AT_TOWNSHIP = '请带上身份证和残疾人证到乡镇残联确认。';
const hashCode = (userId: string, code: string) =>
	createHash('sha256').update(`${userId}:${code}`).digest();

/**
 * Linking a new account to a record that staff registered (代办 or import) needs proof that the
 * claimant is that person: the one-time code sent to the phone on record, or township staff who
 * checked the papers. Until then the account has no access to the record.
 */
export function createClaimsService({ db, claimsRepo, profileRepo, now, codeSenders }: Deps) {
	async function scoped(actor: AuthUser, personId: string) {
		const township = await claimsRepo.personTownship(db, personId);
		if (!township || (actor.role === 'township' && township !== actor.townshipCode))
			throw new NotFoundError('person', personId);
	}

	async function link(claim: Claim, actorUserId: string, by: 'code' | 'staff', requestId: string) {
		return db.transaction(async (tx) => {
			if (await profileRepo.accountOf(tx, claim.personId))
				throw new ConflictError(
					'account_exists',
					`这个人的登记信息已经关联了别的账号。${CONFIRM_AT_TOWNSHIP}`,
				);
			if (!(await claimsRepo.link(tx, claim.userId, claim.personId)))
				throw new ConflictError('already_linked', '这个账号已经关联了登记信息。');
			// the sign-up form asked for this consent (SignUpBodySchema); it applies from now on
			const consent = (await profileRepo.latestConsents(tx, claim.personId)).get('disability_data');
			if (!consent || consent.withdrawnAt)
				await profileRepo.insertConsent(tx, {
					personId: claim.personId,
					kind: 'disability_data',
					textVersion: DISABILITY_CONSENT_VERSION,
					grantedAt: now(),
				});
			await claimsRepo.delete(tx, claim.id);
			await writeAudit(tx, {
				actorUserId,
				action: 'person.claim',
				entity: 'person',
				entityId: claim.personId,
				detail: { userId: claim.userId, by, consent: 'disability_data' },
				requestId,
			});
			return { personId: claim.personId, userId: claim.userId };
		});
	}

	return {
		/**
		 * Inside the sign-up transaction: records the claim and, when the name and certificate
		 * match and the record has a phone and no account, a code for it. Answers the text to send
		 * once the transaction has committed (`deliver`). Nothing of this reaches the answer.
		 */
		async open(
			tx: Db,
			userId: string,
			person: Person,
			matches: boolean,
			requestId: string,
		): Promise<{ phone: string; text: string } | undefined> {
			const at = now();
			const since = new Date(at.getTime() - 86_400_000);
			const send =
				matches &&
				!!person.phone &&
				codeSenders.length > 0 &&
				!(await profileRepo.accountOf(tx, person.id)) &&
				(await claimsRepo.codesSentSince(tx, person.id, since)) < CLAIM_CODE.perDay;
			const code = send ? String(randomInt(0, 1_000_000)).padStart(6, '0') : undefined;
			await claimsRepo.insert(tx, {
				userId,
				personId: person.id,
				codeHash: code ? hashCode(userId, code).toString('hex') : null,
				codeExpiresAt: code ? new Date(at.getTime() + CLAIM_CODE.minutes * 60_000) : null,
				createdAt: at,
			});
			await writeAudit(tx, {
				actorUserId: userId,
				action: 'person.claim_request',
				entity: 'person',
				entityId: person.id,
				detail: { userId, codeSent: !!code },
				requestId,
			});
			if (!code) return undefined;
			return {
				phone: person.phone!,
				text: `【融合就业】验证码 ${code}，用于把刚注册的账号关联到您在残联的登记信息，${CLAIM_CODE.minutes} 分钟内有效。如果不是您本人注册，请不要告诉别人，并联系乡镇残联。`,
			};
		},

		/** Sends a code from `open`; a channel that fails leaves the staff confirmation. */
		async deliver(message: { phone: string; text: string } | undefined) {
			if (!message) return;
			for (const sender of codeSenders)
				await sender.sendCode?.(message.phone, message.text).catch(() => false);
		},

		/** The seeker enters the code; each try is counted before the comparison. */
		async confirmByCode(user: AuthUser, body: { code: string }, requestId: string) {
			if (user.personId) throw new ConflictError('already_linked', '这个账号已经关联了登记信息。');
			const reserved = await claimsRepo.reserveCodeAttempt(db, user.id, now(), CLAIM_CODE.tries);
			if (!reserved)
				throw new RuleViolationError(
					'code_unusable',
					`没有可用的验证码：验证码只在 ${CLAIM_CODE.minutes} 分钟内有效，最多试 ${CLAIM_CODE.tries} 次。${CONFIRM_AT_TOWNSHIP}`,
				);
			const right = timingSafeEqual(
				hashCode(user.id, body.code),
				Buffer.from(reserved.codeHash!, 'hex'),
			);
			if (!right) {
				const left = CLAIM_CODE.tries - reserved.codeAttempts;
				throw new RuleViolationError(
					'wrong_code',
					left > 0
						? `验证码不对，还可以再试 ${left} 次。`
						: `验证码不对，次数已经用完。${CONFIRM_AT_TOWNSHIP}`,
				);
			}
			return link(reserved, user.id, 'code', requestId);
		},

		/** Staff list the sign-ups waiting for this person's papers to be checked. */
		async listForPerson(actor: AuthUser, personId: string): Promise<{ items: PersonClaim[] }> {
			await scoped(actor, personId);
			const rows = await claimsRepo.ofPerson(db, personId);
			return {
				items: rows.map(({ claim, user }) => ({
					id: claim.id,
					userId: user.id,
					displayName: user.displayName,
					phoneMasked: maskPhone(user.phone),
					createdAt: claim.createdAt.toISOString(),
				})),
			};
		},

		/** Staff who checked the person's papers link the account (audited as the staff member). */
		async confirmByStaff(actor: AuthUser, personId: string, claimId: string, requestId: string) {
			await scoped(actor, personId);
			const claim = await claimsRepo.find(db, claimId);
			if (!claim || claim.personId !== personId) throw new NotFoundError('person', personId);
			return link(claim, actor.id, 'staff', requestId);
		},
	};
}
