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
		failedLogins: integer().notNull().default(0),
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
	(t) => [index('sessions_user_id_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
