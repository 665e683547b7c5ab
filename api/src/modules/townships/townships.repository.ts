import { asc } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { townships } from '@ronghe/db/schema';

export function createTownshipsRepository() {
	return {
		list: (db: Db) =>
			db.select().from(townships).orderBy(asc(townships.sortOrder), asc(townships.code)),
	};
}
export type TownshipsRepository = ReturnType<typeof createTownshipsRepository>;
