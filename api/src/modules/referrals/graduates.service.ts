import {
	chinaYear,
	DEGREE_LABELS,
	EMPLOYMENT_STATUS_LABELS,
	type Graduate,
	type GraduateData,
	type GraduateFields,
	type GraduateList,
	type GraduateListQuery,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ConflictError, FieldsInvalidError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { scopeOf } from '../profile/profile.service.js';
import {
	createGraduatesRepository,
	type GraduateRow,
	type GraduatesRepository,
} from './graduates.repository.js';

type Deps = { db: Db; repo?: GraduatesRepository; now?: () => Date };
export type GraduatesService = ReturnType<typeof createGraduatesService>;

function toGraduate(row: GraduateRow): Graduate {
	const g = row.g;
	return {
		id: g.id,
		personId: g.personId,
		personName: row.personName,
		townshipName: row.townshipName,
		school: g.school,
		major: g.major,
		degree: g.degree,
		degreeLabel: DEGREE_LABELS[g.degree],
		graduationYear: g.graduationYear,
		note: g.note,
		employmentStatus: row.employmentStatus,
		employmentLabel: EMPLOYMENT_STATUS_LABELS[row.employmentStatus],
		openReferrals: row.openReferrals,
		createdAt: g.createdAt.toISOString(),
	};
}

/**
 * 残疾人大学生 (issue 15 §3): the priority list by graduation year, those not in work first, so
 * staff refer them before others. One entry per person; township staff keep their own people's.
 */
export function createGraduatesService({
	db,
	repo = createGraduatesRepository(),
	now = () => new Date(),
}: Deps) {
	async function visible(actor: AuthUser, id: string) {
		const row = await repo.one(db, id);
		const scope = scopeOf(actor);
		if (!row || (scope && row.townshipCode !== scope)) throw new NotFoundError('graduate', id);
		return row;
	}

	// the schema checks against the calendar when it is parsed; this uses the service's clock
	function checkYear(year: number) {
		if (year > chinaYear(now().getTime()) + 1)
			throw new FieldsInvalidError([
				{ pointer: '#/graduationYear', detail: '毕业年份最晚是明年。' },
			]);
	}

	const audit = (
		tx: Db,
		actor: AuthUser,
		meta: AuditMeta,
		action: 'graduate.save' | 'graduate.remove',
		personId: string,
		detail: Record<string, unknown>,
	) =>
		writeAudit(tx, {
			actorUserId: actor.id,
			action,
			entity: 'person',
			entityId: personId,
			detail,
			...meta,
		});

	const taken = (id: string) =>
		new ConflictError(
			'graduate_exists',
			'这个人已经在残疾人大学生名单上了，一个人只有一条记录；要改的话，请修改那一条。',
			undefined,
			{ graduateId: id },
		);

	return {
		async list(actor: AuthUser, q: GraduateListQuery): Promise<GraduateList> {
			const { rows, total, years } = await repo.list(
				db,
				{ year: q.year, status: q.status, township: scopeOf(actor) },
				{ offset: (q.page - 1) * q.pageSize, limit: q.pageSize },
			);
			return { items: rows.map(toGraduate), total, years, page: q.page, pageSize: q.pageSize };
		},

		async get(actor: AuthUser, id: string): Promise<Graduate> {
			return toGraduate(await visible(actor, id));
		},

		async create(actor: AuthUser, data: GraduateData, meta: AuditMeta): Promise<Graduate> {
			const p = await repo.person(db, data.personId);
			const scope = scopeOf(actor);
			if (!p || (scope && p.townshipCode !== scope))
				throw new NotFoundError('person', data.personId);
			checkYear(data.graduationYear);
			const known = await repo.byPerson(db, p.id);
			if (known) throw taken(known.id);
			const id = await db.transaction(async (tx) => {
				const made = await repo.insert(tx, { ...data, createdByUserId: actor.id });
				// two saves at once: the unique index lets one through, the other hears which
				if (!made) throw taken((await repo.byPerson(tx, p.id))?.id ?? '');
				await audit(tx, actor, meta, 'graduate.save', p.id, {
					graduateId: made.id,
					graduationYear: made.graduationYear,
				});
				return made.id;
			});
			return toGraduate((await repo.one(db, id))!);
		},

		async update(
			actor: AuthUser,
			id: string,
			data: GraduateFields,
			meta: AuditMeta,
		): Promise<Graduate> {
			const row = await visible(actor, id);
			checkYear(data.graduationYear);
			await db.transaction(async (tx) => {
				await repo.update(tx, id, data);
				await audit(tx, actor, meta, 'graduate.save', row.g.personId, {
					graduateId: id,
					graduationYear: data.graduationYear,
				});
			});
			return toGraduate((await repo.one(db, id))!);
		},

		async remove(actor: AuthUser, id: string, meta: AuditMeta): Promise<void> {
			const row = await visible(actor, id);
			await db.transaction(async (tx) => {
				await repo.remove(tx, id);
				await audit(tx, actor, meta, 'graduate.remove', row.g.personId, {
					graduateId: id,
					school: row.g.school,
					graduationYear: row.g.graduationYear,
				});
			});
		},
	};
}
