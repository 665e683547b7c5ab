import {
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { fairBooths, fairSlots } from './fair-booths.js';
import { fairInterpreters, fairs } from './fairs.js';
import { people } from './people.js';

/** A seeker's registration for a fair, with the accommodations asked for (contracts' codes). */
export const fairRegistrations = pgTable(
	'fair_registrations',
	{
		id: uuid().primaryKey().defaultRandom(),
		fairId: uuid()
			.notNull()
			.references(() => fairs.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		needs: text().array().notNull().default([]),
		// how many interviews the seeker wants at most (the allocation respects it)
		maxInterviews: integer().notNull().default(3),
		// the last time the seeker had the fair open: the lobby's "seekers online" counts recent ones
		lastSeenAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [
		unique('fair_registrations_fair_person_unique').on(t.fairId, t.personId),
		index('fair_registrations_person_id_idx').on(t.personId),
	],
);

export const queueStatus = pgEnum('fair_queue_status', ['waiting', 'chatting', 'done', 'left']);

/**
 * A seeker's place in a booth's text chat queue. The place is a row, not a connection: it stays
 * when the connection drops. One open entry per seeker and booth (a partial unique index).
 */
export const fairQueueEntries = pgTable(
	'fair_queue_entries',
	{
		id: uuid().primaryKey().defaultRandom(),
		boothId: uuid()
			.notNull()
			.references(() => fairBooths.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		status: queueStatus().notNull().default('waiting'),
		joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		repUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		acceptedAt: timestamp({ withTimezone: true }),
		endedAt: timestamp({ withTimezone: true }),
	},
	(t) => [index('fair_queue_entries_booth_status_idx').on(t.boothId, t.status, t.joinedAt)],
);

/** One text message of a booth chat. */
export const fairChatMessages = pgTable(
	'fair_chat_messages',
	{
		id: uuid().primaryKey().defaultRandom(),
		entryId: uuid()
			.notNull()
			.references(() => fairQueueEntries.id, { onDelete: 'cascade' }),
		fromRep: integer().notNull().default(0),
		userId: uuid().references(() => users.id, { onDelete: 'set null' }),
		body: text().notNull(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('fair_chat_messages_entry_at_idx').on(t.entryId, t.at)],
);

export const bookingStatus = pgEnum('fair_booking_status', ['booked', 'cancelled']);

/**
 * An interview booking. The database refuses double bookings (migration 0021): one booked row per
 * slot, no seeker in two overlapping booked rows, no interpreter in two overlapping booked rows.
 * The times are copied from the slot so that the exclusion constraints can see them.
 */
export const fairBookings = pgTable(
	'fair_bookings',
	{
		id: uuid().primaryKey().defaultRandom(),
		fairId: uuid()
			.notNull()
			.references(() => fairs.id, { onDelete: 'cascade' }),
		boothId: uuid()
			.notNull()
			.references(() => fairBooths.id, { onDelete: 'cascade' }),
		slotId: uuid()
			.notNull()
			.references(() => fairSlots.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		interpreterId: uuid().references(() => fairInterpreters.id, { onDelete: 'restrict' }),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
		status: bookingStatus().notNull().default('booked'),
		// a phone number or video link for the interview, optional
		link: text().notNull().default(''),
		// who made it: the seeker, a rep's invitation or the staff's allocation
		source: text().notNull().default('seeker'),
		...timestamps,
	},
	(t) => [
		index('fair_bookings_person_idx').on(t.personId),
		index('fair_bookings_booth_idx').on(t.boothId),
	],
);

export const contactInterest = pgEnum('fair_contact_interest', ['interested', 'not_interested']);

/**
 * What a booth's reps recorded about one seeker: notes and rating (private to the employer),
 * interest, and the 达成意向 (intention) time.
 */
export const fairContacts = pgTable(
	'fair_contacts',
	{
		id: uuid().primaryKey().defaultRandom(),
		boothId: uuid()
			.notNull()
			.references(() => fairBooths.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		note: text().notNull().default(''),
		rating: integer(),
		interest: contactInterest(),
		intentionAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [unique('fair_contacts_booth_person_unique').on(t.boothId, t.personId)],
);
