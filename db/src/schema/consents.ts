import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { people } from './people.js';

export const consentKind = pgEnum('consent_kind', [
	'disability_data', // PIPL art. 29: separate consent before disability data is processed
	'share_with_employers', // PIPL art. 23: before a profile is given to an employer
]);

/** Separate, recorded consent; withdrawing sets `withdrawnAt`, the row itself stays as evidence. */
export const consents = pgTable(
	'consents',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		kind: consentKind().notNull(),
		// which wording the person agreed to, so a later change of text does not rewrite history
		textVersion: text().notNull(),
		grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		withdrawnAt: timestamp({ withTimezone: true }),
		// staff who recorded it when acting for the person (代办); null when the person did it
		recordedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
	},
	(t) => [index('consents_person_id_idx').on(t.personId)],
);

export type Consent = typeof consents.$inferSelect;
