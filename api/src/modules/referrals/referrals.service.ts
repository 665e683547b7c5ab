import {
	CLOSED_REFERRAL_STATUSES,
	REFERRAL_FROM_LABELS,
	REFERRAL_STATUS_LABELS,
	REFERRAL_TO_LABELS,
	type EnrolResult,
	type Referral,
	type ReferralData,
	type ReferralList,
	type ReferralListQuery,
	type ReferralSummary,
	type ReferralUpdateData,
	type ReferralUpdateResult,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { AppError, ConflictError, FieldsInvalidError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { appendEmployment } from '../employment/employment.repository.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import {
	createReferralsRepository,
	type ReferralRow,
	type ReferralsRepository,
} from './referrals.repository.js';

/** 代办 enrolment in a course (the training enrolment service's `enrolFor`). */
type EnrolFor = (
	actor: AuthUser,
	personId: string,
	courseId: string,
	meta: AuditMeta,
) => Promise<EnrolResult>;

type Deps = { db: Db; enrolFor: EnrolFor; repo?: ReferralsRepository; now?: () => Date };
export type ReferralsService = ReturnType<typeof createReferralsService>;

const DAY_MS = 86_400_000;
const isClosed = (s: string) => (CLOSED_REFERRAL_STATUSES as readonly string[]).includes(s);

/**
 * 转介 (issue 15 §3): a person referred to an employer, a course or a service, followed to an
 * outcome through updates that are only ever added. Township staff act for their own people.
 */
export function createReferralsService({
	db,
	enrolFor,
	repo = createReferralsRepository(),
	now = () => new Date(),
}: Deps) {
	function summary(row: ReferralRow): ReferralSummary {
		const r = row.r;
		const end = r.closedAt ?? now();
		return {
			id: r.id,
			personId: r.personId,
			personName: row.personName,
			townshipName: row.townshipName,
			fromKind: r.fromKind,
			fromKindLabel: REFERRAL_FROM_LABELS[r.fromKind],
			fromName: r.fromName,
			toKind: r.toKind,
			toKindLabel: REFERRAL_TO_LABELS[r.toKind],
			toName: r.toName,
			employerId: r.employerId,
			courseId: r.courseId,
			status: r.status,
			statusLabel: REFERRAL_STATUS_LABELS[r.status],
			closed: isClosed(r.status),
			daysOpen: Math.max(0, Math.floor((end.getTime() - r.createdAt.getTime()) / DAY_MS)),
			createdAt: r.createdAt.toISOString(),
			lastUpdateAt: row.lastUpdateAt,
			lastNote: row.lastNote,
		};
	}

	/** A referral as `actor` may see it: township staff only their own township's people. */
	async function visible(actor: AuthUser, id: string) {
		const row = await repo.one(db, id);
		const scope = scopeOf(actor);
		if (!row || (scope && row.townshipCode !== scope)) throw new NotFoundError('referral', id);
		return row;
	}

	async function detail(row: ReferralRow): Promise<Referral> {
		const updates = await repo.updates(db, row.r.id);
		return {
			...summary(row),
			reason: row.r.reason,
			outcomeNote: row.r.outcomeNote,
			closedAt: row.r.closedAt?.toISOString() ?? null,
			createdByName: row.createdByName,
			updates: updates.map(({ u, byName }) => ({
				id: u.id,
				status: u.status,
				statusLabel: REFERRAL_STATUS_LABELS[u.status],
				note: u.note,
				byName,
				createdAt: u.createdAt.toISOString(),
			})),
		};
	}

	async function person(actor: AuthUser, personId: string) {
		const p = await repo.person(db, personId);
		const scope = scopeOf(actor);
		if (!p || (scope && p.townshipCode !== scope)) throw new NotFoundError('person', personId);
		return p;
	}

	/** The name of what the person is referred to, from the linked employer or course. */
	async function target(data: ReferralData): Promise<string> {
		if (data.employerId) {
			const e = await repo.employer(db, data.employerId);
			if (!e)
				throw new FieldsInvalidError([
					{ pointer: '#/employerId', detail: '没有找到这个用人单位，请从列表里选。' },
				]);
			return e.name;
		}
		if (data.courseId) {
			const c = await repo.course(db, data.courseId);
			if (!c)
				throw new FieldsInvalidError([
					{ pointer: '#/courseId', detail: '没有找到这个培训课程，请从列表里选。' },
				]);
			return c.title;
		}
		return data.toName;
	}

	return {
		async list(actor: AuthUser, q: ReferralListQuery): Promise<ReferralList> {
			const { rows, total, counts } = await repo.list(
				db,
				{ view: q.status, to: q.to, township: scopeOf(actor) },
				{ offset: (q.page - 1) * q.pageSize, limit: q.pageSize },
			);
			return { items: rows.map(summary), total, counts, page: q.page, pageSize: q.pageSize };
		},

		async forPerson(actor: AuthUser, personId: string) {
			await person(actor, personId);
			return { items: (await repo.forPerson(db, personId)).map(summary) };
		},

		async get(actor: AuthUser, id: string): Promise<Referral> {
			return detail(await visible(actor, id));
		},

		async create(actor: AuthUser, data: ReferralData, meta: AuditMeta): Promise<Referral> {
			const p = await person(actor, data.personId);
			const toName = await target(data);
			const twin = await repo.openTwin(db, p.id, data);
			if (twin)
				throw new ConflictError(
					'referral_open',
					`${p.fullName}已经有一个转介到“${twin.toName}”的转介还没有结束，请在那个转介里记录进展。`,
					undefined,
					{ referralId: twin.id },
				);
			const id = await db.transaction(async (tx) => {
				const r = await repo.insert(tx, {
					...data,
					toName,
					status: 'open',
					createdByUserId: actor.id,
				});
				await repo.addUpdate(tx, {
					referralId: r.id,
					status: 'open',
					note: data.reason,
					byUserId: actor.id,
				});
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'referral.create',
					entity: 'person',
					entityId: p.id,
					detail: { referralId: r.id, toKind: r.toKind, toName },
					...meta,
				});
				return r.id;
			});
			return detail((await repo.one(db, id))!);
		},

		async update(
			actor: AuthUser,
			id: string,
			input: ReferralUpdateData,
			meta: AuditMeta,
		): Promise<ReferralUpdateResult> {
			const row = await visible(actor, id);
			const r = row.r;
			if (input.recordEmployment && (r.toKind !== 'employer' || input.status !== 'succeeded'))
				throw new FieldsInvalidError([
					{
						pointer: '#/recordEmployment',
						detail: '只有转介到用人单位、并且成功了，才能同时登记为就业。',
					},
				]);
			const closing = isClosed(input.status);
			const effects: ReferralUpdateResult['effects'] = [];
			await db.transaction(async (tx) => {
				const locked = await repo.lock(tx, id);
				if (!locked || isClosed(locked.status))
					throw new ConflictError(
						'referral_closed',
						`这个转介已经结束（${REFERRAL_STATUS_LABELS[locked?.status ?? r.status]}），不能再记录进展。需要的话，请新建一个转介。`,
					);
				await repo.addUpdate(tx, {
					referralId: id,
					status: input.status,
					note: input.note,
					byUserId: actor.id,
				});
				await repo.setStatus(tx, id, {
					status: input.status,
					...(closing ? { closedAt: now(), outcomeNote: input.note } : {}),
				});
				if (input.recordEmployment) {
					await appendEmployment(tx, {
						personId: r.personId,
						status: 'employed',
						form: input.form,
						employerId: r.employerId,
						employerName: r.toName,
						startedOn: localDay(now()),
						note: '转介成功',
						source: 'staff',
						recordedByUserId: actor.id,
					});
					effects.push({ kind: 'employment_recorded', detail: `在${r.toName}就业` });
				}
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'referral.update',
					entity: 'person',
					entityId: r.personId,
					detail: { referralId: id, status: input.status, employment: input.recordEmployment },
					...meta,
				});
			});
			// a course it succeeded for: sign the person up (代办), unless the course cannot take them
			if (input.status === 'succeeded' && r.toKind === 'course' && r.courseId) {
				try {
					const made = await enrolFor(actor, r.personId, r.courseId, meta);
					effects.push({
						kind: made.created ? 'enrolled' : 'already_enrolled',
						detail: r.toName,
					});
				} catch (err) {
					if (!(err instanceof AppError) || err.status >= 500) throw err;
					effects.push({ kind: 'enrol_refused', detail: err.detail ?? r.toName });
				}
			}
			return { referral: await detail((await repo.one(db, id))!), effects };
		},
	};
}
