import {
	FAMILY_RELATIONS,
	PRIORITY_KINDS,
	validateIdNumber,
	VERIFICATION_LABELS,
	type FamilyMember,
	type FamilyMemberBody,
	type PendingVerifications,
	type PriorityRecords,
	type PriorityStatus,
	type PriorityStatusBody,
	type VerificationDecisionBody,
} from '@ronghe/contracts';
import { maskIdentifier, type Db, type FieldCipher } from '@ronghe/db';
import type { PersonFamilyMember, PersonPriorityStatus } from '@ronghe/db/schema';
import { ConflictError, FieldsInvalidError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import { auditFor, createPersonFor } from './person-scope.js';
import type { PriorityRepository } from './priority.repository.js';

type Deps = { db: Db; priorityRepo: PriorityRepository; cipher: FieldCipher; now: () => Date };
export type PriorityService = ReturnType<typeof createPriorityService>;

const isStaff = (u: AuthUser) => u.role !== 'seeker';

function verifiedOf(r: PersonPriorityStatus | PersonFamilyMember) {
	return {
		id: r.id,
		state: r.state,
		stateName: VERIFICATION_LABELS[r.state],
		refusalReason: r.refusalReason,
		// a seeker's own entry has no staff author
		enteredBy: r.enteredByUserId ? ('staff' as const) : ('self' as const),
		createdAt: r.createdAt.toISOString(),
	};
}

function statusOf(r: PersonPriorityStatus, today: string): PriorityStatus {
	return {
		...verifiedOf(r),
		kind: r.kind,
		kindName: PRIORITY_KINDS[r.kind],
		graduationYear: r.graduationYear,
		documentNumber: r.documentNumber,
		documentDate: r.documentDate,
		validUntil: r.validUntil,
		current: r.validUntil === null || r.validUntil >= today,
	};
}

function familyOf(r: PersonFamilyMember): FamilyMember {
	return {
		...verifiedOf(r),
		fullName: r.fullName,
		relation: r.relation,
		relationName: FAMILY_RELATIONS[r.relation],
		idNumberMasked: r.idNumberMasked,
		wantsWork: r.wantsWork,
	};
}

/**
 * Priority statuses, family members and certificates of a seeker. A seeker acts for themself;
 * staff for a person in their scope (township staff: their township), every change audited with
 * the person it is about. Audit rows name kinds and relations, never numbers or names.
 */
export function createPriorityService({ db, priorityRepo, cipher, now }: Deps) {
	const personFor = createPersonFor(db, priorityRepo);
	const audit = auditFor;

	/** Staff entries count at once; a seeker's own wait for staff. */
	const entered = (actor: AuthUser) =>
		isStaff(actor)
			? {
					state: 'confirmed' as const,
					enteredByUserId: actor.id,
					decidedByUserId: actor.id,
					decidedAt: now(),
				}
			: { state: 'pending' as const };

	async function records(personId: string): Promise<PriorityRecords> {
		const today = localDay(now());
		const [statuses, family] = await Promise.all([
			priorityRepo.statuses(db, personId),
			priorityRepo.family(db, personId),
		]);
		return {
			statuses: statuses.map((s) => statusOf(s, today)),
			familyMembers: family.map(familyOf),
		};
	}

	return {
		async get(actor: AuthUser, personId?: string): Promise<PriorityRecords> {
			return records(await personFor(actor, personId));
		},

		async addStatus(
			actor: AuthUser,
			personId: string | undefined,
			body: PriorityStatusBody,
			meta: AuditMeta,
		): Promise<PriorityRecords> {
			const id = await personFor(actor, personId);
			const existing = await priorityRepo.statuses(db, id);
			if (existing.some((s) => s.kind === body.kind && s.state !== 'refused'))
				throw new ConflictError(
					'priority_exists',
					`“${PRIORITY_KINDS[body.kind]}”已经登记过了，不用重复填写。`,
					[{ pointer: '#/kind', detail: `“${PRIORITY_KINDS[body.kind]}”已经登记过了。` }],
				);
			await db.transaction(async (tx) => {
				await priorityRepo.insertStatus(tx, {
					personId: id,
					kind: body.kind,
					graduationYear: body.kind === 'disabled_graduate' ? (body.graduationYear ?? null) : null,
					documentNumber: body.documentNumber?.trim() ?? '',
					documentDate: body.documentDate ?? null,
					validUntil: body.validUntil ?? null,
					...entered(actor),
				});
				await writeAudit(tx, {
					...audit(actor, id, meta),
					action: 'priority.add',
					detail: { kind: body.kind, state: entered(actor).state },
				});
			});
			return records(id);
		},

		async addFamily(
			actor: AuthUser,
			personId: string | undefined,
			body: FamilyMemberBody,
			meta: AuditMeta,
		): Promise<PriorityRecords> {
			const id = await personFor(actor, personId);
			const check = validateIdNumber(body.idNumber);
			if (!check.valid)
				throw new FieldsInvalidError([
					{ pointer: '#/idNumber', detail: '身份证号码不对，请核对。' },
				]);
			const hash = cipher.hash(check.normalized);
			const existing = await priorityRepo.family(db, id);
			if (existing.some((m) => m.idNumberHash === hash && m.state !== 'refused'))
				throw new ConflictError('family_member_exists', '这位家庭成员已经登记过了。', [
					{ pointer: '#/idNumber', detail: '这个身份证号码已经登记为家庭成员了。' },
				]);
			await db.transaction(async (tx) => {
				await priorityRepo.insertFamily(tx, {
					personId: id,
					fullName: body.fullName.trim(),
					relation: body.relation,
					idNumberEnc: cipher.encrypt(check.normalized),
					idNumberHash: hash,
					idNumberMasked: maskIdentifier(check.normalized),
					wantsWork: body.wantsWork ?? false,
					...entered(actor),
				});
				await writeAudit(tx, {
					...audit(actor, id, meta),
					action: 'family.add',
					detail: { relation: body.relation, state: entered(actor).state },
				});
			});
			return records(id);
		},

		/** Staff confirm or refuse a seeker's own entry; only a pending one can be decided. */
		async decide(
			actor: AuthUser,
			personId: string,
			entry: 'statuses' | 'family',
			entryId: string,
			body: VerificationDecisionBody,
			meta: AuditMeta,
		): Promise<PriorityRecords> {
			const id = await personFor(actor, personId);
			const decision = {
				state: body.decision === 'confirm' ? ('confirmed' as const) : ('refused' as const),
				decidedByUserId: actor.id,
				decidedAt: now(),
				refusalReason: body.decision === 'refuse' ? (body.reason ?? '').trim() : '',
			};
			await db.transaction(async (tx) => {
				const done =
					entry === 'statuses'
						? await priorityRepo.decideStatus(tx, id, entryId, decision)
						: await priorityRepo.decideFamily(tx, id, entryId, decision);
				if (!done) {
					const exists =
						entry === 'statuses'
							? await priorityRepo.findStatus(tx, id, entryId)
							: await priorityRepo.findFamily(tx, id, entryId);
					if (!exists)
						throw new NotFoundError(
							entry === 'statuses' ? 'priorityStatus' : 'familyMember',
							entryId,
						);
					throw new ConflictError('already_decided', '这一项已经核实过了，请刷新页面看最新情况。');
				}
				await writeAudit(tx, {
					...audit(actor, id, meta),
					action: 'priority.decide',
					detail: {
						entry,
						...('kind' in done ? { kind: done.kind } : { relation: done.relation }),
						decision: decision.state,
					},
				});
			});
			return records(id);
		},

		async remove(
			actor: AuthUser,
			personId: string | undefined,
			entry: 'statuses' | 'family',
			entryId: string,
			meta: AuditMeta,
		): Promise<PriorityRecords> {
			const id = await personFor(actor, personId);
			await db.transaction(async (tx) => {
				if (entry === 'statuses') {
					const gone = await priorityRepo.deleteStatus(tx, id, entryId);
					if (!gone) throw new NotFoundError('priorityStatus', entryId);
					await writeAudit(tx, {
						...audit(actor, id, meta),
						action: 'priority.remove',
						detail: { kind: gone.kind },
					});
				} else {
					const gone = await priorityRepo.deleteFamily(tx, id, entryId);
					if (!gone) throw new NotFoundError('familyMember', entryId);
					await writeAudit(tx, {
						...audit(actor, id, meta),
						action: 'family.remove',
						detail: { relation: gone.relation },
					});
				}
			});
			return records(id);
		},

		/** The whole ID number of a family member, for staff; every look is audited. */
		async unmaskFamily(actor: AuthUser, personId: string, entryId: string, meta: AuditMeta) {
			const id = await personFor(actor, personId);
			const member = await priorityRepo.findFamily(db, id, entryId);
			if (!member) throw new NotFoundError('familyMember', entryId);
			await writeAudit(db, {
				...audit(actor, id, meta),
				action: 'family.unmask',
				detail: { relation: member.relation, fields: ['idNumber'] },
			});
			return { idNumber: cipher.decrypt(member.idNumberEnc) };
		},

		/** Seekers' own entries waiting for staff in the caller's scope. */
		async pending(actor: AuthUser): Promise<PendingVerifications> {
			const scope = scopeOf(actor);
			const [{ statuses, family }, total] = await Promise.all([
				priorityRepo.pending(db, scope, 100),
				priorityRepo.countPending(db, scope),
			]);
			const items = [
				...statuses.map((s) => ({
					entry: 'status' as const,
					id: s.id,
					personId: s.personId,
					fullName: s.fullName,
					townshipName: s.townshipName,
					what: PRIORITY_KINDS[s.kind],
					createdAt: s.createdAt,
				})),
				...family.map((f) => ({
					entry: 'family' as const,
					id: f.id,
					personId: f.personId,
					fullName: f.fullName,
					townshipName: f.townshipName,
					what: `家庭成员：${FAMILY_RELATIONS[f.relation]} ${f.memberName}`,
					createdAt: f.createdAt,
				})),
			]
				.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
				.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }));
			return { total, items };
		},

		async countPending(actor: AuthUser): Promise<number> {
			return priorityRepo.countPending(db, scopeOf(actor));
		},
	};
}
