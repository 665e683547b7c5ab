import {
	boolean,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { employers } from './employers.js';
import { employmentRecords } from './employment.js';
import { people } from './people.js';
import { townships } from './townships.js';

/** Support given to a self-employed or home-based person (issue 15 §6, docs/self-employment.md). */
export const supportKind = pgEnum('support_kind', [
	'loan', // 创业贷款 / 贴息
	'subsidy', // 创业补贴、一次性扶持
	'incubator', // 入驻创业孵化基地
	'equipment', // 设备、场地、网络
	'training', // 创业培训
	'other',
]);

/** One piece of support, recorded by staff; the business itself is the person's employment record. */
export const selfEmploymentSupport = pgTable(
	'self_employment_support',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		employmentRecordId: uuid().references(() => employmentRecords.id, { onDelete: 'set null' }),
		kind: supportKind().notNull(),
		// yuan; null when not money (a place in an incubator)
		amount: integer(),
		grantedOn: date({ mode: 'string' }).notNull(),
		provider: text().notNull().default(''),
		note: text().notNull().default(''),
		recordedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('self_employment_support_person_idx').on(t.personId)],
);

/** Who makes a product in the public directory. */
export const makerKind = pgEnum('maker_kind', [
	'welfare_enterprise', // 福利企业
	'auxiliary_workshop', // 辅助性就业机构（晋享家园）
	'support_base', // 就业帮扶基地
	'entrepreneur', // 残疾人创业者
]);

/**
 * 残疾人产品和服务目录: public, maintained by staff, for 市场推广. A maker is named as it wants
 * to be known; no link to a person's record is ever shown in public.
 */
export const products = pgTable(
	'products',
	{
		id: uuid().primaryKey().defaultRandom(),
		name: text().notNull(),
		description: text().notNull().default(''),
		category: text().notNull(),
		price: text().notNull().default(''),
		makerKind: makerKind().notNull(),
		makerName: text().notNull(),
		employerId: uuid().references(() => employers.id, { onDelete: 'set null' }),
		personId: uuid().references(() => people.id, { onDelete: 'set null' }),
		townshipCode: text()
			.notNull()
			.references(() => townships.code),
		contactPhone: text().notNull().default(''),
		howToBuy: text().notNull().default(''),
		published: boolean().notNull().default(true),
		createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [index('products_township_idx').on(t.townshipCode)],
);

export type Product = typeof products.$inferSelect;
