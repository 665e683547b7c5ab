import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';
import { people } from './people.js';
import { townships } from './townships.js';

export const userRole = pgEnum('user_role', [
	'seeker', // 求职者
	'employer', // 用人单位 HR
	'bureau', // 县人社局
	'federation', // 县残联
	'township', // 乡镇残联专职委员, scoped to one township
	'admin',
]);

/** A sign-in account: mobile number + password (argon2id). */
export const users = pgTable(
	'users',
	{
		id: uuid().primaryKey().defaultRandom(),
		// normalised 11-digit mainland mobile number
		phone: text().notNull().unique(),
		displayName: text().notNull(),
		role: userRole().notNull(),
		townshipCode: text().references(() => townships.code),
		employerId: uuid().references(() => employers.id, { onDelete: 'cascade' }),
		personId: uuid().references(() => people.id, { onDelete: 'set null' }),
		passwordHash: text().notNull(),
		// set after a staff reset: the user must choose a new password at next sign-in
		mustChangePassword: integer().notNull().default(0),
		// a staff-issued temporary password stops working at this time (null: a chosen password)
		passwordExpiresAt: timestamp({ withTimezone: true }),
		// wrong passwords in a row; each is counted before the password is checked
		failedLogins: integer().notNull().default(0),
		// no attempt is checked before this time (growing waits after repeated wrong passwords)
		lockedUntil: timestamp({ withTimezone: true }),
		disabledAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [index('users_employer_id_idx').on(t.employerId)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
	'sessions',
	{
		tokenHash: text().primaryKey(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		userAgent: text().notNull().default(''),
	},
	(t) => [
		index('sessions_user_id_idx').on(t.userId),
		index('sessions_expires_at_idx').on(t.expiresAt),
	],
);

/**
 * A sign-up whose ID number is already in the registry: the new account is linked to the record
 * only after proof that it is the same person, either the one-time code sent to the phone on
 * record or township staff who checked the papers. Only the code's hash is stored.
 */
export const personClaims = pgTable(
	'person_claims',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: uuid()
			.notNull()
			.unique()
			.references(() => users.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		// null when no code was sent (no phone on record): only staff can confirm then
		codeHash: text(),
		codeExpiresAt: timestamp({ withTimezone: true }),
		// wrong codes; each is counted before the code is compared
		codeAttempts: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('person_claims_person_id_idx').on(t.personId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type PersonClaim = typeof personClaims.$inferSelect;
