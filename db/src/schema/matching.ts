import {
	boolean,
	index,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';
import { fairs } from './fairs.js';
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

/** What the employer decided about the roster row a hire proposes (名单建议). */
export const rosterProposal = pgEnum('roster_proposal', ['pending', 'added', 'dismissed']);

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
		note: text().notNull().default(''),
		// the seeker chose to show this employer the accessibility & communication passport
		sharePassport: boolean().notNull().default(false),
		// the client's Idempotency-Key: a repeated request answers with this row
		idempotencyKey: text(),
		// a polite reason code from the contracts' list, when rejected
		reason: text(),
		statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		// set on hire: a roster row the employer confirms or dismisses
		rosterProposal: rosterProposal(),
		// the fair the seeker applied at, if any (the fair report counts these)
		fairId: uuid().references(() => fairs.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [
		unique('applications_person_posting_unique').on(t.personId, t.postingId),
		unique('applications_person_idempotency_key_unique').on(t.personId, t.idempotencyKey),
		index('applications_employer_person_idx').on(t.employerId, t.personId),
		index('applications_posting_id_idx').on(t.postingId),
	],
);

/** Every status an application passed through, for the seeker's timeline. */
export const applicationEvents = pgTable(
	'application_events',
	{
		id: uuid().primaryKey().defaultRandom(),
		applicationId: uuid()
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		status: applicationStatus().notNull(),
		// who moved it: 'seeker' or 'employer'
		actor: text().notNull(),
		note: text().notNull().default(''),
		reason: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('application_events_application_id_idx').on(t.applicationId, t.createdAt)],
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
		message: text().notNull().default(''),
		respondedAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [
		index('invitations_employer_person_idx').on(t.employerId, t.personId),
		index('invitations_person_id_idx').on(t.personId),
	],
);

export type Application = typeof applications.$inferSelect;
export type ApplicationEvent = typeof applicationEvents.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
