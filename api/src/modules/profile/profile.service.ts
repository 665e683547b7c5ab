import {
	ABILITY_ITEM_CODES,
	CATEGORY_LABELS,
	LEVEL_LABELS,
	type ContactPreference,
	type PassportNeed,
	type Profile,
	type ProfileStep,
	type ProfileStepBodies,
	type WorkMode,
} from '@ronghe/contracts';
import { maskCertificate, maskPhone, type Db, type FieldCipher } from '@ronghe/db';
import type { NewPerson, Person } from '@ronghe/db/schema';
import { FieldsInvalidError, NotFoundError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthService, AuthUser } from '../auth/auth.service.js';
import { appendEmploymentIfChanged } from '../employment/employment.repository.js';
import { createClaimsRepository } from './claims.repository.js';
import { createClaimsService } from './claims.service.js';
import { createConsentsService } from './consents.service.js';
import { createProfileRepository, type ProfileRepository } from './profile.repository.js';
import { createSignUpService } from './sign-up.service.js';

type Deps = { db: Db; profileRepo: ProfileRepository; cipher: FieldCipher };
export type ProfileService = ReturnType<typeof createProfileService>;

/** Township staff act only for the people of their own township. */
export function scopeOf(user: AuthUser): string | undefined {
	return user.role === 'township' ? (user.townshipCode ?? '-') : undefined;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

function complete(p: Person): Profile['complete'] {
	return {
		basic: p.village !== '' && p.education !== '' && p.phone !== '',
		employment: p.employmentStatus === 'employed' ? !!p.employmentForm : !!p.unemployedReason,
		wishes: p.desiredOccupations.length > 0 || p.desiredWorkModes.length > 0,
		// 先不回答 is a choice the form offers: the step is done once it was saved, even with every
		// item left unanswered; those items are shown as 先不回答
		ability:
			p.abilitySavedAt !== null ||
			ABILITY_ITEM_CODES.some((code) => typeof p.ability[code] === 'number'),
		passport: p.passport !== null,
	};
}

/** The columns each step writes; a PUT replaces the whole step. */
function columnsFor<S extends ProfileStep>(
	step: S,
	body: ProfileStepBodies[S],
): Partial<NewPerson> {
	switch (step) {
		case 'basic': {
			const b = body as ProfileStepBodies['basic'];
			return {
				village: b.village,
				education: b.education,
				householdType: b.householdType,
				certificateValidFrom: b.certificateValidFrom ?? null,
				certificateValidUntil: b.certificateValidUntil ?? null,
				// the form never shows the full number, so an empty phone means "keep it"
				...(b.phone ? { phone: b.phone } : {}),
			};
		}
		case 'employment': {
			const b = body as ProfileStepBodies['employment'];
			const employed = b.employmentStatus === 'employed';
			return {
				employmentStatus: b.employmentStatus,
				employmentForm: employed ? (b.employmentForm ?? null) : null,
				employedSince: employed ? (b.employedSince ?? null) : null,
				unemployedReason: employed ? null : (b.unemployedReason ?? null),
			};
		}
		case 'wishes': {
			const b = body as ProfileStepBodies['wishes'];
			return {
				desiredOccupations: unique(b.desiredOccupations),
				desiredOccupationsNote: b.desiredOccupationsNote,
				desiredWorkModes: unique(b.desiredWorkModes),
				expectedPayMin: b.expectedPayMin ?? null,
				maxTravelKm: b.maxTravelKm ?? null,
				skills: unique(b.skills),
				trainingCertificates: unique(b.trainingCertificates),
			};
		}
		case 'ability': {
			const b = body as ProfileStepBodies['ability'];
			const answered = Object.entries(b).filter(([, v]) => typeof v === 'number');
			return {
				ability: Object.fromEntries(answered) as Record<string, number>,
				abilitySavedAt: new Date(),
			};
		}
		case 'passport': {
			const b = body as ProfileStepBodies['passport'];
			return {
				passport: {
					preferredContact: unique(b.preferredContact),
					needs: unique(b.needs),
					otherNeeds: b.otherNeeds,
					largeText: b.largeText,
					highContrast: b.highContrast,
				},
				disclosure: b.disclosure,
			};
		}
	}
	throw new Error(`unknown profile step ${String(step)}`);
}

export function createProfileService({ db, profileRepo, cipher }: Deps) {
	async function toProfile(personId: string): Promise<Profile> {
		const row = await profileRepo.find(db, personId);
		if (!row) throw new NotFoundError('person', personId);
		const { person: p, townshipName } = row;
		const consents = await profileRepo.latestConsents(db, personId);
		const share = consents.get('share_with_employers');
		const passport = p.passport;
		const names = await profileRepo.occupationNames(db, p.desiredOccupations);
		return {
			personId: p.id,
			identity: {
				fullName: p.fullName,
				idNumberMasked: p.idNumberMasked,
				certificateNumberMasked: p.certificateNumberEnc
					? maskCertificate(cipher.decrypt(p.certificateNumberEnc))
					: null,
				category: p.category,
				categoryName: CATEGORY_LABELS[p.category as keyof typeof CATEGORY_LABELS] ?? '',
				level: p.level,
				levelName: LEVEL_LABELS[p.level as keyof typeof LEVEL_LABELS] ?? '',
				townshipCode: p.townshipCode,
				townshipName,
			},
			basic: {
				village: p.village,
				education: p.education,
				phoneMasked: maskPhone(p.phone),
				householdType: p.householdType,
				certificateValidFrom: p.certificateValidFrom,
				certificateValidUntil: p.certificateValidUntil,
			},
			employment: {
				employmentStatus: p.employmentStatus,
				employmentForm: p.employmentForm,
				employedSince: p.employedSince,
				unemployedReason: p.unemployedReason,
			},
			wishes: {
				desiredOccupations: p.desiredOccupations,
				desiredOccupationNames: p.desiredOccupations.map((c) => names.get(c) ?? c),
				desiredOccupationsNote: p.desiredOccupationsNote,
				desiredWorkModes: p.desiredWorkModes as WorkMode[],
				expectedPayMin: p.expectedPayMin,
				maxTravelKm: p.maxTravelKm,
				skills: p.skills,
				trainingCertificates: p.trainingCertificates,
			},
			ability: Object.fromEntries(
				ABILITY_ITEM_CODES.filter((c) => typeof p.ability[c] === 'number').map((c) => [
					c,
					p.ability[c]!,
				]),
			),
			passport: {
				preferredContact: (passport?.preferredContact ?? []) as ContactPreference[],
				needs: (passport?.needs ?? []) as PassportNeed[],
				otherNeeds: passport?.otherNeeds ?? '',
				largeText: passport?.largeText ?? false,
				highContrast: passport?.highContrast ?? false,
				disclosure: p.disclosure,
			},
			complete: complete(p),
			textOnlyContact: passport?.preferredContact.includes('text_only') ?? false,
			sharingConsented: !!share && !share.withdrawnAt,
			reviewFlags: p.reviewFlags,
		};
	}

	/** The person an actor may act for: a seeker only for themself, township staff in scope. */
	async function personFor(actor: AuthUser, personId?: string): Promise<string> {
		if (actor.role === 'seeker') {
			if (!actor.personId) throw new NotFoundError('person');
			return actor.personId;
		}
		const row = personId ? await profileRepo.find(db, personId) : undefined;
		const scope = scopeOf(actor);
		if (!row || (scope && row.person.townshipCode !== scope))
			throw new NotFoundError('person', personId);
		return row.person.id;
	}

	return {
		async get(actor: AuthUser, personId?: string): Promise<Profile> {
			return toProfile(await personFor(actor, personId));
		},

		/** Staff read a seeker's profile (代办); the read is written to the audit log. */
		async view(actor: AuthUser, personId: string, meta: AuditMeta): Promise<Profile> {
			const id = await personFor(actor, personId);
			const profile = await toProfile(id);
			await writeAudit(db, {
				actorUserId: actor.id,
				action: 'profile.view',
				entity: 'person',
				entityId: id,
				...meta,
			});
			return profile;
		},

		/** Saves one step. Staff saves (代办) are audited with the person they acted for. */
		async save<S extends ProfileStep>(
			actor: AuthUser,
			personId: string | undefined,
			step: S,
			body: ProfileStepBodies[S],
			meta: AuditMeta,
		): Promise<Profile> {
			const id = await personFor(actor, personId);
			const set = columnsFor(step, body);
			if (set.desiredOccupations?.length) {
				const known = await profileRepo.occupationNames(db, set.desiredOccupations);
				const unknown = set.desiredOccupations.filter((c) => !known.has(c));
				if (unknown.length)
					throw new FieldsInvalidError([
						{
							pointer: '#/desiredOccupations',
							detail: `请从列出的工作里选（没有这个职业：${unknown.join('、')}）。别的想法可以写在“其他想法”里。`,
						},
					]);
			}
			await db.transaction(async (tx) => {
				await profileRepo.lock(tx, id);
				await profileRepo.update(tx, id, set);
				// the employment step is also a record of the person's history (docs/employment.md)
				if (step === 'employment')
					await appendEmploymentIfChanged(tx, {
						personId: id,
						status: set.employmentStatus!,
						form: set.employmentForm ?? null,
						startedOn: set.employedSince ?? null,
						unemployedReason: set.unemployedReason ?? null,
						source: actor.role === 'seeker' ? 'seeker' : 'staff',
						recordedByUserId: actor.id,
					});
				await writeAudit(tx, {
					actorUserId: actor.id,
					onBehalfOfPersonId: actor.role === 'seeker' ? null : id,
					action: 'profile.update',
					entity: 'person',
					entityId: id,
					// field names only: values may be personal data
					detail: { step, fields: Object.keys(set) },
					...meta,
				});
			});
			return toProfile(id);
		},
	};
}

/** The seeker's own account: profile, consents and sign-up, sharing one repository. */
export function createProfileServices(deps: {
	db: Db;
	cipher: FieldCipher;
	now: () => Date;
	auth: Pick<AuthService, 'openSession' | 'retriedSignUp'>;
	codeSenders: readonly Notifier[];
}) {
	const profileRepo = createProfileRepository();
	const claims = createClaimsService({
		...deps,
		profileRepo,
		claimsRepo: createClaimsRepository(),
	});
	return {
		profile: createProfileService({ ...deps, profileRepo }),
		consents: createConsentsService({ ...deps, profileRepo }),
		signUp: createSignUpService({ ...deps, profileRepo, claims }),
		claims,
	};
}
