import { index, pgEnum, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';
import { people } from './people.js';
import { postings } from './postings.js';

export const applicationStatus = pgEnum('application_status', [
	'submitted',
	'viewed',
	'interview',
	'offered',
	'hired',
	'rejected',
	'withdrawn',
]);

/** A seeker's application to a posting; applying shares the profile with that employer. */
export const applications = pgTable(
	'applications',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		postingId: uuid()
			.notNull()
			.references(() => postings.id, { onDelete: 'cascade' }),
		employerId: uuid()
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		status: applicationStatus().notNull().default('submitted'),
		...timestamps,
	},
	(t) => [
		unique('applications_person_posting_unique').on(t.personId, t.postingId),
		index('applications_employer_person_idx').on(t.employerId, t.personId),
	],
);

export const invitationStatus = pgEnum('invitation_status', ['pending', 'accepted', 'declined']);

/** An employer's invitation to a seeker; accepting it shares the profile with that employer. */
export const invitations = pgTable(
	'invitations',
	{
		id: uuid().primaryKey().defaultRandom(),
		employerId: uuid()
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		postingId: uuid().references(() => postings.id, { onDelete: 'set null' }),
		status: invitationStatus().notNull().default('pending'),
		respondedAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [index('invitations_employer_person_idx').on(t.employerId, t.personId)],
);

export type Application = typeof applications.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
