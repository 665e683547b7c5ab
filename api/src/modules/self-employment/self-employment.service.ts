import {
	EMPLOYMENT_FORM_LABELS,
	SUPPORT_KIND_LABELS,
	SUPPORT_KINDS,
	type PersonSupport,
	type SelfEmployedList,
	type SelfEmployedQuery,
	type SelfEmployment,
	type Support,
	type SupportData,
	type SupportKind,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { EmploymentRecord, selfEmploymentSupport } from '@ronghe/db/schema';
import { FieldsInvalidError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import {
	createSelfEmploymentRepository,
	type SelfEmploymentRepository,
} from './self-employment.repository.js';

type Deps = { db: Db; repo?: SelfEmploymentRepository; now?: () => Date };
export type SelfEmploymentService = ReturnType<typeof createSelfEmploymentService>;

const toSupport = (
	s: typeof selfEmploymentSupport.$inferSelect,
	recordedByName: string | null,
): Support => ({
	id: s.id,
	personId: s.personId,
	employmentRecordId: s.employmentRecordId,
	kind: s.kind,
	kindLabel: SUPPORT_KIND_LABELS[s.kind],
	amount: s.amount,
	grantedOn: s.grantedOn,
	provider: s.provider,
	note: s.note,
	recordedByName,
	createdAt: s.createdAt.toISOString(),
});

const toBusiness = (r: EmploymentRecord): SelfEmployment => ({
	recordId: r.id,
	form: r.form!,
	formLabel: EMPLOYMENT_FORM_LABELS[r.form!],
	employerName: r.employerName,
	startedOn: r.startedOn,
});

const ordered = (kinds: readonly string[] | null): SupportKind[] =>
	SUPPORT_KINDS.filter((k) => kinds?.includes(k));

/**
 * 自主创业 and 居家就业 (issue 15 §6): the people whose current employment record is
 * self-employment, and the support given to them. Township staff see their own township only.
 */
export function createSelfEmploymentService({
	db,
	repo = createSelfEmploymentRepository(),
	now = () => new Date(),
}: Deps) {
	async function personOrThrow(actor: AuthUser, personId: string) {
		const person = await repo.person(db, personId);
		const scope = scopeOf(actor);
		if (!person || (scope && person.townshipCode !== scope))
			throw new NotFoundError('person', personId);
		return person;
	}

	async function support(actor: AuthUser, personId: string): Promise<PersonSupport> {
		const person = await personOrThrow(actor, personId);
		const [rows, business] = await Promise.all([
			repo.support(db, personId),
			repo.currentSelfEmployment(db, personId),
		]);
		const items = rows.map((r) => toSupport(r.s, r.recordedByName));
		return {
			personId,
			personName: person.fullName,
			business: business ? toBusiness(business) : null,
			totalAmount: items.reduce((sum, s) => sum + (s.amount ?? 0), 0),
			items,
		};
	}

	return {
		async list(actor: AuthUser, q: SelfEmployedQuery): Promise<SelfEmployedList> {
			const { rows, total } = await repo.selfEmployed(db, {
				township: scopeOf(actor) ?? q.township,
				offset: (q.page - 1) * q.pageSize,
				limit: q.pageSize,
			});
			const items = rows.map((r) => {
				const kinds = ordered(r.kinds);
				return {
					personId: r.personId,
					fullName: r.fullName,
					townshipName: r.townshipName,
					business: {
						recordId: r.recordId,
						form: r.form!,
						formLabel: EMPLOYMENT_FORM_LABELS[r.form!],
						employerName: r.employerName,
						startedOn: r.startedOn,
					},
					support: {
						count: r.n ?? 0,
						totalAmount: Number(r.total ?? 0),
						kinds,
						kindLabels: kinds.map((k) => SUPPORT_KIND_LABELS[k]),
					},
				};
			});
			return { items, total, page: q.page, pageSize: q.pageSize };
		},

		support,

		async add(
			actor: AuthUser,
			personId: string,
			data: SupportData,
			meta: AuditMeta,
		): Promise<PersonSupport> {
			await personOrThrow(actor, personId);
			if (data.grantedOn > localDay(now()))
				throw new FieldsInvalidError([
					{ pointer: '#/grantedOn', detail: '日期不能晚于今天。还没给的扶持，给了以后再登记。' },
				]);
			await db.transaction(async (tx) => {
				const business = await repo.currentSelfEmployment(tx, personId);
				const s = await repo.insertSupport(tx, {
					personId,
					employmentRecordId: business?.id ?? null,
					kind: data.kind,
					amount: data.amount,
					grantedOn: data.grantedOn,
					provider: data.provider,
					note: data.note,
					recordedByUserId: actor.id,
				});
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'self_employment.support_add',
					entity: 'person',
					entityId: personId,
					detail: { supportId: s.id, kind: s.kind, amount: s.amount },
					...meta,
				});
			});
			return support(actor, personId);
		},

		async remove(actor: AuthUser, personId: string, supportId: string, meta: AuditMeta) {
			await personOrThrow(actor, personId);
			await db.transaction(async (tx) => {
				const s = await repo.removeSupport(tx, personId, supportId);
				if (!s) throw new NotFoundError('support', supportId);
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'self_employment.support_remove',
					entity: 'person',
					entityId: personId,
					detail: { supportId, kind: s.kind, amount: s.amount, grantedOn: s.grantedOn },
					...meta,
				});
			});
		},
	};
}
