import {
	CONSENT_KINDS,
	CONSENT_TITLES,
	CONSENT_WITHDRAW_EFFECTS,
	DISABILITY_CONSENT_TEXT,
	DISABILITY_CONSENT_VERSION,
	SHARE_CONSENT_TEXT,
	SHARE_CONSENT_VERSION,
	type ConsentKind,
	type ConsentList,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { NotFoundError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { ProfileRepository } from './profile.repository.js';

type Deps = { db: Db; profileRepo: ProfileRepository; now: () => Date };
export type ConsentsService = ReturnType<typeof createConsentsService>;

const WORDING: Record<ConsentKind, { text: string; version: string }> = {
	disability_data: { text: DISABILITY_CONSENT_TEXT, version: DISABILITY_CONSENT_VERSION },
	share_with_employers: { text: SHARE_CONSENT_TEXT, version: SHARE_CONSENT_VERSION },
};
const REQUIRES: Record<ConsentKind, ConsentKind | null> = {
	disability_data: null,
	share_with_employers: 'disability_data',
};

/** Consents are never deleted: granting adds a row, withdrawing sets `withdrawnAt`. */
export function createConsentsService({ db, profileRepo, now }: Deps) {
	function personOf(user: AuthUser): string {
		if (!user.personId) throw new NotFoundError('person');
		return user.personId;
	}

	async function list(user: AuthUser): Promise<ConsentList> {
		const latest = await profileRepo.latestConsents(db, personOf(user));
		return {
			items: CONSENT_KINDS.map((kind) => {
				const row = latest.get(kind);
				return {
					kind,
					title: CONSENT_TITLES[kind],
					text: WORDING[kind].text,
					currentVersion: WORDING[kind].version,
					version: row?.textVersion ?? null,
					active: !!row && !row.withdrawnAt,
					grantedAt: row?.grantedAt.toISOString() ?? null,
					withdrawnAt: row?.withdrawnAt?.toISOString() ?? null,
					requires: REQUIRES[kind],
					withdrawEffect: CONSENT_WITHDRAW_EFFECTS[kind],
				};
			}),
		};
	}

	return {
		list,

		/** Idempotent: granting a consent that is in force changes nothing. */
		async grant(user: AuthUser, kind: ConsentKind, meta: AuditMeta): Promise<ConsentList> {
			const personId = personOf(user);
			await db.transaction(async (tx) => {
				await profileRepo.lock(tx, personId);
				const latest = await profileRepo.latestConsents(tx, personId);
				const active = (k: ConsentKind) => {
					const row = latest.get(k);
					return !!row && !row.withdrawnAt;
				};
				if (active(kind)) return;
				const needed = REQUIRES[kind];
				if (needed && !active(needed)) {
					throw new RuleViolationError(
						'consent_required',
						`要先同意“${CONSENT_TITLES[needed]}”，才能同意“${CONSENT_TITLES[kind]}”。`,
					);
				}
				await profileRepo.insertConsent(tx, {
					personId,
					kind,
					textVersion: WORDING[kind].version,
					grantedAt: now(),
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'consent.grant',
					entity: 'person',
					entityId: personId,
					detail: { kind, version: WORDING[kind].version },
					...meta,
				});
			});
			return list(user);
		},

		/**
		 * Takes effect at once. Withdrawing the disability-data consent withdraws sharing too and
		 * flags the person, so staff follow up.
		 */
		async withdraw(user: AuthUser, kind: ConsentKind, meta: AuditMeta): Promise<ConsentList> {
			const personId = personOf(user);
			const at = now();
			await db.transaction(async (tx) => {
				await profileRepo.lock(tx, personId);
				const kinds: ConsentKind[] =
					kind === 'disability_data' ? ['disability_data', 'share_with_employers'] : [kind];
				const withdrawn: ConsentKind[] = [];
				for (const k of kinds) {
					if ((await profileRepo.withdrawConsent(tx, personId, k, at)).length) withdrawn.push(k);
				}
				if (!withdrawn.length) return;
				if (withdrawn.includes('disability_data'))
					await profileRepo.addReviewFlag(tx, personId, 'consent_withdrawn');
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'consent.withdraw',
					entity: 'person',
					entityId: personId,
					detail: { kinds: withdrawn },
					...meta,
				});
			});
			return list(user);
		},
	};
}
