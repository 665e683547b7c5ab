import { asc, eq } from 'drizzle-orm';
import type {
	CreateOccupationBody,
	Occupation,
	OccupationBody,
	OccupationList,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { occupations } from '@ronghe/db/schema';
import { ConflictError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';

type Deps = { db: Db };
export type OccupationsService = ReturnType<typeof createOccupationsService>;

const view = (r: typeof occupations.$inferSelect): Occupation => ({
	code: r.code,
	name: r.name,
	aliases: r.aliases,
	digital: r.digital,
	green: r.green,
	confirmed: r.confirmed,
});

/** 职业分类大典 occupations: a small table, so queries live here rather than in a repository. */
export function createOccupationsService({ db }: Deps) {
	return {
		async list(): Promise<OccupationList> {
			const rows = await db.select().from(occupations).orderBy(asc(occupations.code));
			return { items: rows.map(view) };
		},
		async create(
			user: AuthUser,
			body: CreateOccupationBody & OccupationBody,
			meta: AuditMeta,
		): Promise<Occupation> {
			return db.transaction(async (tx) => {
				const [row] = await tx
					.insert(occupations)
					.values({ ...body, aliases: body.aliases ?? [] })
					.onConflictDoNothing()
					.returning();
				if (!row)
					throw new ConflictError(
						'occupation_exists',
						`职业代码 ${body.code} 已经有了，请修改那一条。`,
					);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'occupation.create',
					entity: 'occupation',
					entityId: row.code,
					detail: { name: row.name },
					...meta,
				});
				return view(row);
			});
		},
		async update(
			user: AuthUser,
			code: string,
			body: OccupationBody,
			meta: AuditMeta,
		): Promise<Occupation> {
			return db.transaction(async (tx) => {
				const [before] = await tx
					.select()
					.from(occupations)
					.where(eq(occupations.code, code))
					.for('update');
				if (!before) throw new NotFoundError('occupation', code);
				const [row] = await tx
					.update(occupations)
					.set({ ...body, updatedAt: new Date() })
					.where(eq(occupations.code, code))
					.returning();
				const old = view(before);
				const now = view(row!);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'occupation.update',
					entity: 'occupation',
					entityId: code,
					// an occupation is public reference data, so the old and new name may be kept
					detail: {
						fields: Object.keys(now).filter(
							(k) =>
								JSON.stringify(now[k as keyof Occupation]) !==
								JSON.stringify(old[k as keyof Occupation]),
						),
						from: old.name,
						to: now.name,
					},
					...meta,
				});
				return now;
			});
		},
	};
}
