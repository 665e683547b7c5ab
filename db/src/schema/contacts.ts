import { integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { townships } from './townships.js';

/** Who a page sends people to: 县残联, 县人社局, or a township's 残联专职委员 (issue 12 item 1). */
export const serviceContactKind = pgEnum('service_contact_kind', [
	'federation',
	'bureau',
	'township',
]);

/**
 * The service's own contacts, edited by staff. The key is `federation`, `bureau` or the township's
 * code; a row that is missing reads as "not filled in yet", so a fresh install needs no seed.
 */
export const serviceContacts = pgTable('service_contacts', {
	key: text().primaryKey(),
	kind: serviceContactKind().notNull(),
	townshipCode: text()
		.unique()
		.references(() => townships.code),
	/** The office as people know it, e.g. 五台县残疾人联合会. */
	office: text().notNull().default(''),
	/** A named person, e.g. the township's 专职委员; may stay empty. */
	person: text().notNull().default(''),
	phone: text().notNull().default(''),
	address: text().notNull().default(''),
	/** Opening hours in plain words, e.g. 周一至周五 8:00–12:00，14:30–17:30. */
	hours: text().notNull().default(''),
	note: text().notNull().default(''),
	sortOrder: integer().notNull().default(0),
	...timestamps,
});

export type ServiceContact = typeof serviceContacts.$inferSelect;
export type NewServiceContact = typeof serviceContacts.$inferInsert;
