import {
	certificateLabel,
	DISABILITY_CONSENT_VERSION,
	validateCertificate,
	validateIdNumber,
	validCertificateKinds,
	type Person,
	type PersonList,
	type PersonListQuery,
	type PersonSummary,
	type RegisterPersonBody,
	type UnmaskedIdentifiers,
} from '@ronghe/contracts';
import { maskCertificate, maskIdentifier, maskPhone, type Db, type FieldCipher } from '@ronghe/db';
import type { Person as PersonRow } from '@ronghe/db/schema';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import type { PeopleRepository, PersonFilter } from './people.repository.js';

type Deps = { db: Db; peopleRepo: PeopleRepository; cipher: FieldCipher };
export type PeopleService = ReturnType<typeof createPeopleService>;

function summary(p: PersonRow, townshipName: string): PersonSummary {
	return {
		id: p.id,
		fullName: p.fullName,
		sex: p.sex,
		birthYear: Number(p.birthDate.slice(0, 4)),
		idNumberMasked: p.idNumberMasked,
		category: p.category,
		level: p.level,
		townshipCode: p.townshipCode,
		townshipName,
		village: p.village,
		employmentStatus: p.employmentStatus,
		source: p.source,
		reviewFlags: p.reviewFlags,
	};
}

/**
 * The registry filters of a list or export query, with township staff held to their township. A
 * whole ID number in the search box finds that person by its keyed hash.
 */
export function personFilter(
	user: AuthUser,
	q: Omit<PersonListQuery, 'page' | 'pageSize' | 'sort'>,
	cipher: FieldCipher,
): PersonFilter {
	const asId = q.q ? validateIdNumber(q.q) : undefined;
	return {
		townshipCode: scopeOf(user) ?? q.township,
		idNumberHash: asId?.valid ? cipher.hash(asId.normalized) : undefined,
		nameContains: asId?.valid ? undefined : q.q || undefined,
		category: q.category,
		level: q.level,
		employmentStatus: q.employmentStatus,
		flagged: q.flagged,
		source: q.source,
	};
}

/** Township staff see and register only the people of their own township. */
function scopeOf(user: AuthUser): string | undefined {
	return user.role === 'township' ? (user.townshipCode ?? '-') : undefined;
}

export function createPeopleService({ db, peopleRepo, cipher }: Deps) {
	async function load(user: AuthUser, id: string) {
		const row = await peopleRepo.find(db, id);
		const scope = scopeOf(user);
		if (!row || (scope && row.person.townshipCode !== scope)) throw new NotFoundError('person', id);
		return row;
	}

	async function get(user: AuthUser, id: string): Promise<Person> {
		const { person, townshipName, registeredByName } = await load(user, id);
		const consents = await peopleRepo.consentsOf(db, id);
		const certificates = await peopleRepo.certificatesOf(db, id);
		const today = localDay(new Date());
		return {
			...summary(person, townshipName),
			certificateNumberMasked: person.certificateNumberEnc
				? maskCertificate(cipher.decrypt(person.certificateNumberEnc))
				: null,
			certificateValidUntil: person.certificateValidUntil,
			education: person.education,
			phoneMasked: maskPhone(person.phone),
			householdType: person.householdType,
			employmentForm: person.employmentForm,
			registeredByName,
			registeredAt: person.createdAt.toISOString(),
			disclosure: person.disclosure,
			preferredContact: person.passport?.preferredContact ?? [],
			passportNeeds: person.passport?.needs ?? [],
			categoryComponents: [...person.categoryComponents],
			certificates: certificates.map((c) => ({
				kind: c.kind,
				kindName: certificateLabel(c.kind),
				numberMasked: c.numberMasked,
				issuedOn: c.issuedOn,
				validUntil: c.validUntil,
				valid: validCertificateKinds([c], today).length > 0,
			})),
			consents: consents.map((c) => ({
				kind: c.kind,
				grantedAt: c.grantedAt.toISOString(),
				withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
			})),
		};
	}

	return {
		/** A staff read of a person's registration, written to the audit log. */
		async view(user: AuthUser, id: string, meta: AuditMeta): Promise<Person> {
			const person = await get(user, id);
			await writeAudit(db, {
				actorUserId: user.id,
				action: 'person.view',
				entity: 'person',
				entityId: id,
				...meta,
			});
			return person;
		},
		/** 代办: staff register a seeker; consent and the act itself are recorded in one transaction. */
		async register(user: AuthUser, body: RegisterPersonBody, meta: AuditMeta): Promise<Person> {
			const scope = scopeOf(user);
			if (scope && body.townshipCode !== scope)
				throw new ForbiddenError('只能登记本乡镇的残疾人。');
			// the body schema has already checked both numbers, so `parsed` is present here
			const id = validateIdNumber(body.idNumber);
			const cert = validateCertificate(body.certificateNumber);
			if (!id.parsed || !cert.parsed) throw new ForbiddenError('号码没有通过检查。');
			const idNumberHash = cipher.hash(id.normalized);
			const existing = await peopleRepo.findByIdHash(db, idNumberHash);
			if (existing)
				throw new ConflictError(
					'person_exists',
					`这个身份证号码（${existing.idNumberMasked}）已经登记过了，请在名单里查找，不要重复登记。`,
				);
			const personId = await db.transaction(async (tx) => {
				const row = await peopleRepo.insert(tx, {
					fullName: body.fullName.trim(),
					sex: id.parsed!.sex,
					birthDate: id.parsed!.birthDate,
					idNumberEnc: cipher.encrypt(id.normalized),
					idNumberHash,
					idNumberMasked: maskIdentifier(id.normalized),
					certificateNumberEnc: cipher.encrypt(cert.normalized),
					certificateValidUntil: body.certificateValidUntil ?? null,
					category: cert.parsed!.category,
					level: cert.parsed!.level,
					categoryComponents:
						cert.parsed!.category === 7
							? [...new Set(body.categoryComponents ?? [])].sort((a, b) => a - b)
							: [],
					townshipCode: body.townshipCode,
					village: body.village ?? '',
					education: body.education ?? '',
					phone: body.phone ?? '',
					householdType: body.householdType,
					registeredByUserId: user.id,
				});
				// a concurrent registration of the same number won the race
				if (!row)
					throw new ConflictError(
						'person_exists',
						'这个身份证号码刚刚已经登记过了，请在名单里查找。',
					);
				await peopleRepo.insertConsent(tx, {
					personId: row.id,
					kind: 'disability_data',
					textVersion: DISABILITY_CONSENT_VERSION,
					recordedByUserId: user.id,
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					onBehalfOfPersonId: row.id,
					action: 'person.register',
					entity: 'person',
					entityId: row.id,
					detail: { consent: 'disability_data' },
					...meta,
				});
				return row.id;
			});
			return get(user, personId);
		},

		/** A search by a whole ID number is audited with its mask only, never the number. */
		async list(user: AuthUser, q: PersonListQuery, meta: AuditMeta): Promise<PersonList> {
			const filter = personFilter(user, q, cipher);
			const [rows, total] = await Promise.all([
				peopleRepo.list(db, filter, q.sort, q.pageSize, (q.page - 1) * q.pageSize),
				peopleRepo.count(db, filter),
			]);
			if (filter.idNumberHash)
				await writeAudit(db, {
					actorUserId: user.id,
					action: 'person.lookup_by_id',
					entity: 'person',
					entityId: rows.length === 1 ? rows[0]!.person.id : null,
					detail: { idNumberMasked: maskIdentifier(validateIdNumber(q.q!).normalized), total },
					...meta,
				});
			return {
				items: rows.map((r) => summary(r.person, r.townshipName)),
				total,
				page: q.page,
				pageSize: q.pageSize,
			};
		},

		/** Shows the numbers in the clear and writes who looked, and when, to the audit log. */
		async unmask(user: AuthUser, id: string, meta: AuditMeta): Promise<UnmaskedIdentifiers> {
			const { person } = await load(user, id);
			await writeAudit(db, {
				actorUserId: user.id,
				action: 'person.unmask',
				entity: 'person',
				entityId: id,
				detail: { fields: ['idNumber', 'certificateNumber', 'phone'] },
				...meta,
			});
			return {
				idNumber: cipher.decrypt(person.idNumberEnc),
				certificateNumber: person.certificateNumberEnc
					? cipher.decrypt(person.certificateNumberEnc)
					: null,
				phone: person.phone,
			};
		},
	};
}
