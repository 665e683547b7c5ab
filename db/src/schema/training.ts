import { date, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { townships } from './townships.js';

/** 职业技能培训 courses. */
export const trainingCourses = pgTable('training_courses', {
	id: uuid().primaryKey().defaultRandom(),
	title: text().notNull(),
	provider: text().notNull(),
	occupationCode: text(),
	townshipCode: text()
		.notNull()
		.references(() => townships.code),
	startDate: date({ mode: 'string' }).notNull(),
	endDate: date({ mode: 'string' }).notNull(),
	seats: integer().notNull(),
	description: text().notNull().default(''),
	...timestamps,
});

export type TrainingCourse = typeof trainingCourses.$inferSelect;
