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
import { townships } from './townships.js';

export const employerKind = pgEnum('employer_kind', [
	'agency', // 党政机关
	'institution', // 事业单位
	'state_owned', // 国有企业
	'private', // 民营企业
	'social_organization', // 社会组织
	'individual_business', // 个体工商户
]);

export const employerRole = pgEnum('employer_role', [
	'blind_medical_massage', // 盲人医疗按摩所
	'blind_health_massage', // 盲人保健按摩机构
	'auxiliary_employment', // 辅助性就业机构
	'rural_support_base', // 就业帮扶基地
	'welfare_enterprise', // 福利企业
]);

export const employerStatus = pgEnum('employer_status', ['pending', 'approved', 'rejected']);

/** 用人单位. */
export const employers = pgTable(
	'employers',
	{
		id: uuid().primaryKey().defaultRandom(),
		name: text().notNull(),
		uscc: text().notNull().unique(),
		kind: employerKind().notNull(),
		roles: employerRole().array().notNull().default([]),
		// 编制数, only for agencies and institutions (the ≥50 / ≥67 rule)
		authorizedStaff: integer(),
		// 中小学、幼儿园: left out of the agencies/institutions placement target
		// (docs/domain.md#agencies-and-disclosure)
		schoolOrKindergarten: boolean().notNull().default(false),
		townshipCode: text()
			.notNull()
			.references(() => townships.code),
		address: text().notNull().default(''),
		contactName: text().notNull().default(''),
		contactPhone: text().notNull().default(''),
		description: text().notNull().default(''),
		// workplace accessibility checklist: item codes listed in the API contracts
		accessibility: text().array().notNull().default([]),
		accessibilityNote: text().notNull().default(''),
		// 盲人医疗按摩所: 《医疗机构执业许可证》 or 备案 details
		licenceNumber: text().notNull().default(''),
		licenceValidUntil: date({ mode: 'string' }),
		status: employerStatus().notNull().default('pending'),
		// e.g. 'uscc_checksum': the 统一社会信用代码 failed its check character; staff confirm it
		reviewFlags: text().array().notNull().default([]),
		reviewedByUserId: uuid(),
		reviewedAt: timestamp({ withTimezone: true }),
		reviewNote: text().notNull().default(''),
		...timestamps,
	},
	(t) => [index('employers_township_code_idx').on(t.townshipCode)],
);

export type Employer = typeof employers.$inferSelect;
export type NewEmployer = typeof employers.$inferInsert;
