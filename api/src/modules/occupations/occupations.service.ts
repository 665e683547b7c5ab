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
		async create(body: CreateOccupationBody & OccupationBody): Promise<Occupation> {
			const [row] = await db
				.insert(occupations)
				.values({ ...body, aliases: body.aliases ?? [] })
				.onConflictDoNothing()
				.returning();
			if (!row)
				throw new ConflictError(
					'occupation_exists',
					`职业代码 ${body.code} 已经有了，请修改那一条。`,
				);
			return view(row);
		},
		async update(code: string, body: OccupationBody): Promise<Occupation> {
			const [row] = await db
				.update(occupations)
				.set({ ...body, updatedAt: new Date() })
				.where(eq(occupations.code, code))
				.returning();
			if (!row) throw new NotFoundError('occupation', code);
			return view(row);
		},
	};
}
