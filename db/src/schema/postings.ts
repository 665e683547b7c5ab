import {
	date,
	doublePrecision,
	index,
	integer,
	pgEnum,
	pgTable,
	smallint,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';
import { townships } from './townships.js';

export const postType = pgEnum('post_type', [
	'quota', // 普通岗位 / 按比例安置
	'public_welfare', // 公益性岗位
	'blind_medical_massage',
	'blind_health_massage',
	'auxiliary_employment',
	'home_based', // 居家就业、网络就业
	'rural_support_base', // 就业帮扶基地、种养加
]);

export const workMode = pgEnum('work_mode', ['full_time', 'part_time', 'home_based', 'flexible']);

export const postingStatus = pgEnum('posting_status', [
	'draft',
	'submitted',
	'returned',
	'approved',
	'published',
	'closed',
	'filled',
]);

/** 岗位. */
export const postings = pgTable(
	'postings',
	{
		id: uuid().primaryKey().defaultRandom(),
		employerId: uuid()
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		description: text().notNull().default(''),
		postType: postType().notNull(),
		occupationCode: text(),
		headcount: integer().notNull().default(1),
		payMin: integer(),
		payMax: integer(),
		workMode: workMode().notNull(),
		townshipCode: text()
			.notNull()
			.references(() => townships.code),
		address: text().notNull().default(''),
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		acceptedCategories: smallint().array().notNull().default([]),
		accommodations: text().array().notNull().default([]),
		status: postingStatus().notNull().default('draft'),
		closingDate: date({ mode: 'string' }),
		publishedAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [
		index('postings_status_published_at_idx').on(t.status, t.publishedAt),
		index('postings_employer_id_idx').on(t.employerId),
		index('postings_township_code_idx').on(t.townshipCode),
	],
);

export type Posting = typeof postings.$inferSelect;
export type NewPosting = typeof postings.$inferInsert;
