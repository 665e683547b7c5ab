import { desc, eq } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { auditLog, settings, users } from '@ronghe/db/schema';

/** One rules row of `settings`, and who saved it last according to the audit log. */
export function createRulesSettingRepository() {
	return {
		async read(db: Db, key: string) {
			const [row] = await db.select().from(settings).where(eq(settings.key, key));
			return row;
		},
		save: (db: Db, key: string, value: unknown, description: string) =>
			db
				.insert(settings)
				.values({ key, value, description })
				.onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } }),
		/** The name of whoever last saved through the API (null: nobody, or an erased account). */
		async lastEditor(db: Db, action: string) {
			const [row] = await db
				.select({ name: users.displayName })
				.from(auditLog)
				.leftJoin(users, eq(users.id, auditLog.actorUserId))
				.where(eq(auditLog.action, action))
				.orderBy(desc(auditLog.at), desc(auditLog.id))
				.limit(1);
			return row?.name ?? null;
		},
	};
}
export type RulesSettingRepository = ReturnType<typeof createRulesSettingRepository>;
