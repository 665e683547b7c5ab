import {
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { employers } from './employers.js';
import { fairs, fairZones } from './fairs.js';
import { postings } from './postings.js';

export const boothStatus = pgEnum('booth_status', ['pending', 'approved', 'refused']);

/** An employer's booth at a fair: applied for by the employer, approved or refused by staff. */
export const fairBooths = pgTable(
	'fair_booths',
	{
		id: uuid().primaryKey().defaultRandom(),
		fairId: uuid()
			.notNull()
			.references(() => fairs.id, { onDelete: 'cascade' }),
		employerId: uuid()
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		zoneId: uuid().references(() => fairZones.id, { onDelete: 'set null' }),
		status: boothStatus().notNull().default('pending'),
		// the reason staff give when they refuse; the employer reads it
		reason: text(),
		introduction: text().notNull().default(''),
		// the workplace's accessibility, in the employer's words
		accessibility: text().notNull().default(''),
		slotMinutes: integer().notNull().default(15),
		decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [
		unique('fair_booths_fair_employer_unique').on(t.fairId, t.employerId),
		index('fair_booths_employer_id_idx').on(t.employerId),
	],
);

/** The published postings a booth brings. */
export const fairBoothPostings = pgTable(
	'fair_booth_postings',
	{
		boothId: uuid()
			.notNull()
			.references(() => fairBooths.id, { onDelete: 'cascade' }),
		postingId: uuid()
			.notNull()
			.references(() => postings.id, { onDelete: 'cascade' }),
	},
	(t) => [primaryKey({ columns: [t.boothId, t.postingId] })],
);

export const boothRepRole = pgEnum('booth_rep_role', ['owner', 'rep']);

/** The employer's HR accounts that staff a booth; one of them owns it. */
export const fairBoothReps = pgTable(
	'fair_booth_reps',
	{
		boothId: uuid()
			.notNull()
			.references(() => fairBooths.id, { onDelete: 'cascade' }),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: boothRepRole().notNull().default('rep'),
	},
	(t) => [
		primaryKey({ columns: [t.boothId, t.userId] }),
		index('fair_booth_reps_user_id_idx').on(t.userId),
	],
);

/**
 * An interview slot of a booth. The slots of one booth never overlap (an exclusion constraint in
 * migration 0021).
 */
export const fairSlots = pgTable(
	'fair_slots',
	{
		id: uuid().primaryKey().defaultRandom(),
		boothId: uuid()
			.notNull()
			.references(() => fairBooths.id, { onDelete: 'cascade' }),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
	},
	(t) => [index('fair_slots_booth_starts_idx').on(t.boothId, t.startsAt)],
);
