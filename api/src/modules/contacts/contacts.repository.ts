import { asc, eq } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { serviceContacts, settings, townships, type NewServiceContact } from '@ronghe/db/schema';

/** The settings key that holds the footer's hotline, address and 备案 numbers. */
export const SITE_INFO_KEY = 'site';

export function createContactsRepository() {
	return {
		townships: (db: Db) =>
			db
				.select({ code: townships.code, name: townships.name })
				.from(townships)
				.orderBy(asc(townships.sortOrder), asc(townships.code)),
		township: async (db: Db, code: string) =>
			(
				await db
					.select({ code: townships.code, name: townships.name })
					.from(townships)
					.where(eq(townships.code, code))
			)[0],
		list: (db: Db) => db.select().from(serviceContacts),
		find: async (db: Db, key: string) =>
			(await db.select().from(serviceContacts).where(eq(serviceContacts.key, key)))[0],
		save: (db: Db, row: NewServiceContact) =>
			db
				.insert(serviceContacts)
				.values(row)
				.onConflictDoUpdate({
					target: serviceContacts.key,
					set: {
						office: row.office,
						person: row.person,
						phone: row.phone,
						address: row.address,
						hours: row.hours,
						note: row.note,
						updatedAt: new Date(),
					},
				}),
		siteInfo: async (db: Db) =>
			(await db.select().from(settings).where(eq(settings.key, SITE_INFO_KEY)))[0]?.value,
		saveSiteInfo: (db: Db, value: unknown) =>
			db
				.insert(settings)
				.values({ key: SITE_INFO_KEY, value, description: '网站页脚：服务电话、地址、备案号' })
				.onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } }),
	};
}
export type ContactsRepository = ReturnType<typeof createContactsRepository>;
