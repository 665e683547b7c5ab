import { eq } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employers, occupations, people, townships } from '@ronghe/db/schema';

/**
 * Whether a record a request names exists, so a form can answer "请从列表里选择" next to the
 * field instead of the database refusing the foreign key (a 500). One definition for every
 * module's repository.
 */
export async function townshipExists(db: Db, code: string) {
	const [r] = await db
		.select({ code: townships.code })
		.from(townships)
		.where(eq(townships.code, code));
	return !!r;
}

export async function employerExists(db: Db, id: string) {
	const [r] = await db.select({ id: employers.id }).from(employers).where(eq(employers.id, id));
	return !!r;
}

export async function occupationExists(db: Db, code: string) {
	const [r] = await db
		.select({ code: occupations.code })
		.from(occupations)
		.where(eq(occupations.code, code));
	return !!r;
}

export async function personExists(db: Db, id: string) {
	const [r] = await db.select({ id: people.id }).from(people).where(eq(people.id, id));
	return !!r;
}
