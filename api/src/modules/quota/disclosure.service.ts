import type { z } from 'zod';
import {
	EMPLOYER_KIND_LABELS,
	type AnswerObjectionBody,
	type QuotaDisclosure as Disclosure,
	type DisclosurePreview,
	type FiledObjection,
	type FileObjectionBodySchema,
	type Objection,
	type PublishDisclosureBodySchema,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { DisclosureRow, QuotaDisclosure } from '@ronghe/db/schema';
import { FieldsInvalidError, NotFoundError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { LevyRepository } from '../levy/levy.repository.js';
import type { LevyService } from '../levy/levy.service.js';
import type { QuotaRepository } from './quota.repository.js';

type Deps = {
	db: Db;
	levy: LevyService;
	levyRepo: LevyRepository;
	quotaRepo: QuotaRepository;
	now: () => Date;
};
export type DisclosureService = ReturnType<typeof createDisclosureService>;
type FileObjection = z.output<typeof FileObjectionBodySchema>;
type Publish = z.output<typeof PublishDisclosureBodySchema>;

const DAY_MS = 86_400_000;
const KIND_ORDER = Object.keys(EMPLOYER_KIND_LABELS);
/** “2026 年 12 月 4 日 16:00” in Beijing time. */
const beijingTime = (d: Date) => {
	const s = new Date(d.getTime() + 8 * 3_600_000).toISOString();
	return `${s.slice(0, 4)} 年 ${Number(s.slice(5, 7))} 月 ${Number(s.slice(8, 10))} 日 ${s.slice(11, 16)}`;
};

/** 公示 of a year's unit-level figures and the 异议 against it (issue 5 item 7). */
export function createDisclosureService({ db, levy, levyRepo, quotaRepo, now }: Deps) {
	const closesAt = (d: QuotaDisclosure) =>
		new Date(d.publishedAt.getTime() + d.objectionDays * DAY_MS);
	const windowOf = (d: QuotaDisclosure) => ({
		year: d.year,
		publishedAt: d.publishedAt.toISOString(),
		objectionDays: d.objectionDays,
		closesAt: closesAt(d).toISOString(),
		open: now() <= closesAt(d),
	});
	const summary = (d: QuotaDisclosure) => ({ ...windowOf(d), employers: d.rows.length });

	async function objectionDays() {
		const v = await levyRepo.setting(db, 'disclosure.objectionDays');
		return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 7;
	}
	async function published(year: number) {
		const d = await quotaRepo.disclosure(db, year);
		if (!d) throw new NotFoundError('disclosure', String(year));
		return d;
	}

	/** Only the unit's aggregates go into the snapshot: never a person's name or number. */
	async function rowsOf(year: number): Promise<DisclosureRow[]> {
		const computed = await levy.computeYear(year);
		return computed.employers
			.map((e) => ({
				employerId: e.employerId,
				employerName: e.name,
				employerKind: e.kind,
				requiredCount: e.result.requiredCount,
				placedCount: e.result.countedDisabled,
				shortfall: e.result.shortfall,
			}))
			.sort(
				(a, b) =>
					KIND_ORDER.indexOf(a.employerKind) - KIND_ORDER.indexOf(b.employerKind) ||
					a.employerName.localeCompare(b.employerName, 'zh-CN'),
			);
	}

	const toObjection = (r: {
		objection: Awaited<ReturnType<QuotaRepository['objectionByKey']>> & {};
		employerName: string | null;
	}): Objection => ({
		id: r.objection.id,
		year: r.objection.year,
		employerId: r.objection.employerId,
		employerName: r.employerName ?? '（单位已删除）',
		submitterName: r.objection.submitterName,
		contact: r.objection.contact,
		body: r.objection.body,
		status: r.objection.status,
		response: r.objection.response,
		createdAt: r.objection.createdAt.toISOString(),
		handledAt: r.objection.handledAt?.toISOString() ?? null,
	});

	return {
		async list() {
			return { items: (await quotaRepo.disclosures(db)).map(summary) };
		},

		async get(year: number): Promise<Disclosure> {
			const d = await published(year);
			return { ...windowOf(d), rows: d.rows };
		},

		async preview(year: number): Promise<DisclosurePreview> {
			const d = await quotaRepo.disclosure(db, year);
			return {
				year,
				objectionDays: d?.objectionDays ?? (await objectionDays()),
				published: d ? summary(d) : null,
				rows: d ? d.rows : await rowsOf(year),
			};
		},

		/** Publishing twice is the first publication again (a retried form), never a new list. */
		async publish(
			user: AuthUser | null,
			year: number,
			body: Publish,
			meta: AuditMeta | null,
			at: Date = now(),
		) {
			const existing = await quotaRepo.disclosure(db, year);
			if (existing)
				return { disclosure: { ...windowOf(existing), rows: existing.rows }, created: false };
			const rows = await rowsOf(year);
			if (rows.length === 0)
				throw new RuleViolationError(
					'disclosure_empty',
					`${year} 年还没有单位填写职工人数和工资，没有可以公示的内容。`,
				);
			const days = await objectionDays();
			const saved = await db.transaction(async (tx) => {
				const row = await quotaRepo.insertDisclosure(tx, {
					year,
					publishedAt: at,
					objectionDays: days,
					rows,
					publishedByUserId: user?.id ?? null,
					note: body.note,
				});
				if (row)
					await writeAudit(tx, {
						actorUserId: user?.id ?? null,
						action: 'quota.disclosure_publish',
						entity: 'quota_disclosure',
						entityId: String(year),
						detail: { employers: rows.length, objectionDays: days },
						...meta,
					});
				return row;
			});
			const d = saved ?? (await published(year));
			return { disclosure: { ...windowOf(d), rows: d.rows }, created: Boolean(saved) };
		},

		/** Anyone may object during the window; the same idempotency key is the same objection. */
		async fileObjection(
			year: number,
			body: FileObjection,
		): Promise<{ objection: FiledObjection; created: boolean }> {
			const d = await published(year);
			const nameOf = (id: string | null) =>
				d.rows.find((r) => r.employerId === id)?.employerName ?? '';
			const filed = (o: NonNullable<Awaited<ReturnType<QuotaRepository['objectionByKey']>>>) => ({
				id: o.id,
				year: o.year,
				employerName: nameOf(o.employerId),
				createdAt: o.createdAt.toISOString(),
			});
			const again = await quotaRepo.objectionByKey(db, body.idempotencyKey);
			if (again && again.year === year) return { objection: filed(again), created: false };
			if (again)
				throw new FieldsInvalidError([
					{ pointer: '#/idempotencyKey', detail: '表单已过期，请刷新页面后再提交。' },
				]);
			if (now() > closesAt(d))
				throw new RuleViolationError(
					'objection_window_closed',
					`${year} 年的公示异议期已经在 ${beijingTime(closesAt(d))} 结束，不能再在网上提出异议。如有问题，请联系县残联。`,
				);
			if (!d.rows.some((r) => r.employerId === body.employerId))
				throw new FieldsInvalidError([
					{ pointer: '#/employerId', detail: '请从公示名单里选择一个单位。' },
				]);
			const saved =
				(await quotaRepo.insertObjection(db, {
					year,
					employerId: body.employerId,
					submitterName: body.submitterName,
					contact: body.contact,
					body: body.body,
					idempotencyKey: body.idempotencyKey,
				})) ?? (await quotaRepo.objectionByKey(db, body.idempotencyKey));
			return { objection: filed(saved!), created: true };
		},

		async objections(filter: {
			year?: number | undefined;
			status?: 'open' | 'answered' | undefined;
		}) {
			const rows = await quotaRepo.objections(db, {
				...(filter.year ? { year: filter.year } : {}),
				...(filter.status ? { status: filter.status } : {}),
			});
			return { items: rows.map(toObjection) };
		},

		async answer(user: AuthUser, id: string, body: AnswerObjectionBody, meta: AuditMeta) {
			const current = await quotaRepo.objection(db, id);
			if (!current) throw new NotFoundError('objection', id);
			await db.transaction(async (tx) => {
				await quotaRepo.answerObjection(tx, id, {
					status: 'answered',
					response: body.response,
					handledByUserId: user.id,
					handledAt: now(),
					updatedAt: now(),
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'quota.objection_answer',
					entity: 'quota_objection',
					entityId: id,
					detail: { year: current.objection.year, again: current.objection.status === 'answered' },
					...meta,
				});
			});
			return toObjection((await quotaRepo.objection(db, id))!);
		},
	};
}
