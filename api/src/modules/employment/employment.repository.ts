import { desc, eq } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employmentRecords, people, users, type NewEmploymentRecord } from '@ronghe/db/schema';
import { employerExists } from '../../references.js';

/**
 * Appends one employment record and makes the person's current situation (people.employment_*,
 * which matching and the registry read) follow it, in the caller's transaction. The history is
 * only ever appended to (docs/employment.md).
 */
export async function appendEmployment(tx: Db, row: NewEmploymentRecord) {
	const [r] = await tx.insert(employmentRecords).values(row).returning();
	const employed = row.status === 'employed';
	await tx
		.update(people)
		.set({
			employmentStatus: row.status,
			employmentForm: employed ? (row.form ?? null) : null,
			employedSince: employed ? (row.startedOn ?? null) : null,
			unemployedReason: employed ? null : (row.unemployedReason ?? null),
		})
		.where(eq(people.id, row.personId));
	return r!;
}

/**
 * Appends a record only when the situation differs from the newest one, so saving a form again
 * unchanged adds nothing to the history.
 */
export async function appendEmploymentIfChanged(tx: Db, row: NewEmploymentRecord) {
	const [last] = await tx
		.select()
		.from(employmentRecords)
		.where(eq(employmentRecords.personId, row.personId))
		.orderBy(desc(employmentRecords.createdAt), desc(employmentRecords.id))
		.limit(1);
	const same =
		last &&
		last.status === row.status &&
		last.form === (row.form ?? null) &&
		last.startedOn === (row.startedOn ?? null) &&
		last.unemployedReason === (row.unemployedReason ?? null);
	return same ? null : appendEmployment(tx, row);
}

/**
 * An approved 年审 roster says the person works for the employer (按比例就业). Appends a record
 * unless the newest one already says so, so approving again or next year adds nothing.
 */
export async function appendFromRoster(
	tx: Db,
	row: Pick<NewEmploymentRecord, 'personId' | 'employerId' | 'employerName' | 'startedOn'> & {
		socialInsurance: boolean;
		recordedByUserId: string;
	},
) {
	const [last] = await tx
		.select()
		.from(employmentRecords)
		.where(eq(employmentRecords.personId, row.personId))
		.orderBy(desc(employmentRecords.createdAt), desc(employmentRecords.id))
		.limit(1);
	if (last?.status === 'employed' && last.employerId === row.employerId) return null;
	return appendEmployment(tx, {
		...row,
		status: 'employed',
		form: 'quota',
		contract: 'labour',
		source: 'roster',
		note: '年审名册审核通过',
	});
}

export function createEmploymentRepository() {
	return {
		/** Newest first, with the name of the account that recorded each. */
		async history(db: Db, personId: string) {
			return db
				.select({ r: employmentRecords, recordedByName: users.displayName })
				.from(employmentRecords)
				.leftJoin(users, eq(users.id, employmentRecords.recordedByUserId))
				.where(eq(employmentRecords.personId, personId))
				.orderBy(desc(employmentRecords.createdAt), desc(employmentRecords.id));
		},
		async person(db: Db, id: string) {
			const [r] = await db
				.select({ id: people.id, townshipCode: people.townshipCode })
				.from(people)
				.where(eq(people.id, id));
			return r;
		},
		employerExists,
		append: appendEmployment,
	};
}
export type EmploymentRepository = ReturnType<typeof createEmploymentRepository>;
