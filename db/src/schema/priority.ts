import {
	boolean,
	date,
	index,
	pgEnum,
	pgTable,
	smallint,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { people } from './people.js';

/** 优先/援助对象 (codes and labels in contracts' PRIORITY_KINDS). */
export const priorityKind = pgEnum('priority_kind', [
	'employment_difficulty', // 就业困难人员认定
	'disabled_graduate', // 残疾人高校毕业生
	'minimum_living', // 低保家庭
	'poverty_monitoring', // 防止返贫监测对象
	'zero_employment_family', // 零就业家庭
]);

/**
 * Whether staff stand behind a record: staff entries are `confirmed` at once; a seeker's own
 * entry is `pending` (待核实) until staff of the seeker's township or county confirm or refuse it.
 */
export const verification = pgEnum('verification', ['pending', 'confirmed', 'refused']);

export const familyRelation = pgEnum('family_relation', [
	'spouse', // 配偶
	'child', // 子女
	'parent', // 父母
	'sibling', // 兄弟姐妹
	'other', // 其他
]);

/** Columns a staff check leaves behind: who entered it, who decided, and why a refusal. */
const verified = () => ({
	state: verification().notNull().default('pending'),
	enteredByUserId: uuid(),
	decidedByUserId: uuid(),
	decidedAt: timestamp({ withTimezone: true }),
	refusalReason: text().notNull().default(''),
});

/**
 * A seeker's priority statuses (sensitive personal data: never indexed, never logged, never shown
 * to employers). Matching reads only confirmed ones still valid.
 */
export const personPriorityStatuses = pgTable(
	'person_priority_statuses',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		kind: priorityKind().notNull(),
		// 残疾人高校毕业生 only
		graduationYear: smallint(),
		documentNumber: text().notNull().default(''),
		documentDate: date({ mode: 'string' }),
		validUntil: date({ mode: 'string' }),
		...verified(),
		...timestamps,
	},
	(t) => [index('person_priority_statuses_person_id_idx').on(t.personId)],
);
export type PersonPriorityStatus = typeof personPriorityStatuses.$inferSelect;

/**
 * Family members, for family-priority 公益性岗位. The ID number is stored like people.id_number:
 * encrypted, with a keyed hash and a masked form that is safe to show.
 */
export const personFamilyMembers = pgTable(
	'person_family_members',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		fullName: text().notNull(),
		relation: familyRelation().notNull(),
		idNumberEnc: text().notNull(),
		idNumberHash: text().notNull(),
		idNumberMasked: text().notNull(),
		wantsWork: boolean().notNull().default(false),
		...verified(),
		...timestamps,
	},
	(t) => [index('person_family_members_person_id_idx').on(t.personId)],
);
export type PersonFamilyMember = typeof personFamilyMembers.$inferSelect;
