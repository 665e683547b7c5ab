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

export const fairMode = pgEnum('fair_mode', ['online', 'hybrid', 'onsite']);

/**
 * Where a fair is in its life: staff draft it, publish it (employers apply for booths, seekers
 * register), open it (chat queues and the lobby run) and close it. Only published fairs are public.
 */
export const fairState = pgEnum('fair_state', ['draft', 'published', 'open', 'closed']);

/** The four national and provincial themes (docs/domain.md, fairs) or a custom one. */
export const fairTheme = pgEnum('fair_theme', [
	'employment_aid_month', // 就业援助月
	'disability_day', // 全国助残日
	'shanxi_month', // 山西残疾人就业宣传月
	'spring_breeze', // 春风行动
	'custom',
]);

/** 残疾人专场招聘会. */
export const fairs = pgTable('fairs', {
	id: uuid().primaryKey().defaultRandom(),
	title: text().notNull(),
	description: text().notNull().default(''),
	theme: fairTheme().notNull().default('custom'),
	state: fairState().notNull().default('draft'),
	mode: fairMode().notNull().default('online'),
	venue: text().notNull().default(''),
	// the accessibility of the venue, for the public page (step-free entrance, toilets, parking…)
	venueAccess: text().notNull().default(''),
	startsAt: timestamp({ withTimezone: true }).notNull(),
	endsAt: timestamp({ withTimezone: true }).notNull(),
	// daily opening hours in China time, minutes after midnight (09:00 = 540)
	opensAtMinute: integer().notNull().default(540),
	closesAtMinute: integer().notNull().default(1020),
	// employers apply for booths until this time
	boothDeadline: timestamp({ withTimezone: true }),
	organizer: text().notNull(),
	// outcome figures of fairs held before booths were recorded (kept for history)
	employerCount: integer(),
	postingCount: integer(),
	seekerCount: integer(),
	intentionCount: integer(),
	...timestamps,
});

export const fairZoneKind = pgEnum('fair_zone_kind', ['zone', 'desk']);

/** A zone of booths (机关事业单位, 民营企业, 按摩机构…) or a policy desk (政策咨询, 法律援助). */
export const fairZones = pgTable(
	'fair_zones',
	{
		id: uuid().primaryKey().defaultRandom(),
		fairId: uuid()
			.notNull()
			.references(() => fairs.id, { onDelete: 'cascade' }),
		kind: fairZoneKind().notNull().default('zone'),
		name: text().notNull(),
		description: text().notNull().default(''),
		position: integer().notNull().default(0),
	},
	(t) => [unique('fair_zones_fair_name_unique').on(t.fairId, t.name)],
);

/** A sign-language interpreter of a fair's pool. */
export const fairInterpreters = pgTable(
	'fair_interpreters',
	{
		id: uuid().primaryKey().defaultRandom(),
		fairId: uuid()
			.notNull()
			.references(() => fairs.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		...timestamps,
	},
	(t) => [index('fair_interpreters_fair_id_idx').on(t.fairId)],
);

/** The hours an interpreter is free; the periods of one interpreter never overlap. */
export const fairInterpreterHours = pgTable(
	'fair_interpreter_hours',
	{
		id: uuid().primaryKey().defaultRandom(),
		interpreterId: uuid()
			.notNull()
			.references(() => fairInterpreters.id, { onDelete: 'cascade' }),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
	},
	(t) => [index('fair_interpreter_hours_interpreter_idx').on(t.interpreterId)],
);

export type Fair = typeof fairs.$inferSelect;
