import {
	boolean,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';
import { fairs } from './fairs.js';
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

export const publicWelfareKind = pgEnum('public_welfare_kind', ['urban', 'rural']);

/** How a seeker reaches the employer about a posting: through 县残联, or the person it names. */
export const postingContactMode = pgEnum('posting_contact_mode', ['federation', 'direct']);

/** 职业分类大典 occupations (docs/domain.md#occupations); seeded, editable by staff. */
export const occupations = pgTable('occupations', {
	code: text().primaryKey(),
	name: text().notNull(),
	// alternative words people search with, e.g. 客服 for 呼叫中心服务员
	aliases: text().array().notNull().default([]),
	digital: boolean().notNull().default(false),
	green: boolean().notNull().default(false),
	// false for codes that could not be confirmed in the 2022 edition
	confirmed: boolean().notNull().default(true),
	...timestamps,
});

/** One requirement the inclusion checker flagged, and what the employer decided about it. */
export type InclusionFlag = {
	code: string;
	phrase: string;
	decision: 'essential' | 'removed' | null;
	reason: string;
};

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
		// codes of the accessibility vocabulary (contracts/src/accessibility.ts)
		accommodations: text().array().notNull().default([]),
		// words an employer wrote before the vocabulary that no code matched (kept, not matched on)
		accommodationsNote: text().notNull().default(''),
		acceptedLevels: smallint().array().notNull().default([]),
		// 社会保险: e.g. '五险一金', '五险', '工伤保险', '无'
		socialInsurance: text().notNull().default(''),
		hours: text().notNull().default(''),
		// job demands on the seeker ability items: item code → 'essential' | 'desirable'
		demands: jsonb().$type<Record<string, 'essential' | 'desirable'>>().notNull().default({}),
		// certificate kinds (contracts/src/certificates.ts)
		requiredCertificates: text().array().notNull().default([]),
		// certificate names written before the kind list that no kind matched (kept, not matched on)
		requiredCertificatesNote: text().notNull().default(''),
		// 公益性岗位: urban or rural, funding source, term of at most 3 years
		// (docs/domain.md#public-welfare-posts)
		publicWelfareKind: publicWelfareKind(),
		fundingSource: text().notNull().default(''),
		termStart: date({ mode: 'string' }),
		termEnd: date({ mode: 'string' }),
		familyPriority: boolean().notNull().default(false),
		// the employer's choice (issue 12 item 1): 'direct' shows the name and phone on the page
		contactMode: postingContactMode().notNull().default('federation'),
		contactName: text().notNull().default(''),
		contactPhone: text().notNull().default(''),
		inclusionFlags: jsonb().$type<InclusionFlag[]>().notNull().default([]),
		status: postingStatus().notNull().default('draft'),
		returnReason: text().notNull().default(''),
		submittedAt: timestamp({ withTimezone: true }),
		reviewedAt: timestamp({ withTimezone: true }),
		reviewedByUserId: uuid(),
		closingDate: date({ mode: 'string' }),
		publishedAt: timestamp({ withTimezone: true }),
		closedAt: timestamp({ withTimezone: true }),
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

/** Postings shown at a 专场招聘会; the search filter `fair` reads this. */
export const fairPostings = pgTable(
	'fair_postings',
	{
		fairId: uuid()
			.notNull()
			.references(() => fairs.id, { onDelete: 'cascade' }),
		postingId: uuid()
			.notNull()
			.references(() => postings.id, { onDelete: 'cascade' }),
	},
	(t) => [
		primaryKey({ columns: [t.fairId, t.postingId] }),
		index('fair_postings_posting_id_idx').on(t.postingId),
	],
);

export type Occupation = typeof occupations.$inferSelect;
