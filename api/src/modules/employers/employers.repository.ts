import { and, arrayContains, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	employers,
	sessions,
	townships,
	users,
	type NewEmployer,
	type NewUser,
} from '@ronghe/db/schema';
import { townshipExists } from '../../references.js';

export type EmployerFilter = {
	status?: 'pending' | 'approved' | 'rejected' | undefined;
	townshipCode?: string | undefined;
	nameContains?: string | undefined;
	flag?: string | undefined;
};

// drizzle wraps the driver's error; PostgreSQL's code for a unique violation is 23505
const isUniqueViolation = (err: unknown): boolean =>
	(err as { code?: string }).code === '23505' ||
	(err as { cause?: { code?: string } }).cause?.code === '23505';

const like = (v: string) => `%${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const where = (f: EmployerFilter): SQL | undefined =>
	and(
		f.status ? eq(employers.status, f.status) : undefined,
		f.townshipCode ? eq(employers.townshipCode, f.townshipCode) : undefined,
		f.nameContains ? ilike(employers.name, like(f.nameContains)) : undefined,
		f.flag ? arrayContains(employers.reviewFlags, [f.flag]) : undefined,
	);

// Staff work through the queue: pending first, flagged ones at its top, then the newest.
const queueOrder = [
	sql`case ${employers.status} when 'pending' then 0 when 'rejected' then 1 else 2 end`,
	sql`cardinality(${employers.reviewFlags}) = 0`,
	desc(employers.createdAt),
	asc(employers.id),
];

export function createEmployersRepository() {
	return {
		/** Inserts unless the 统一社会信用代码 is taken; undefined then. */
		async insert(db: Db, row: NewEmployer) {
			const [inserted] = await db
				.insert(employers)
				.values(row)
				.onConflictDoNothing({ target: employers.uscc })
				.returning({ id: employers.id });
			return inserted;
		},
		/** False when the new 统一社会信用代码 was taken by another unit in the meantime. */
		async update(db: Db, id: string, set: Partial<NewEmployer>): Promise<boolean> {
			try {
				await db.update(employers).set(set).where(eq(employers.id, id));
				return true;
			} catch (err) {
				if (isUniqueViolation(err)) return false;
				throw err;
			}
		},
		async find(db: Db, id: string) {
			const [row] = await db
				.select({ employer: employers, townshipName: townships.name })
				.from(employers)
				.innerJoin(townships, eq(townships.code, employers.townshipCode))
				.where(eq(employers.id, id));
			return row;
		},
		async findByUscc(db: Db, uscc: string) {
			const [row] = await db.select().from(employers).where(eq(employers.uscc, uscc));
			return row;
		},
		async list(db: Db, f: EmployerFilter, limit: number, offset: number) {
			return db
				.select({ employer: employers, townshipName: townships.name })
				.from(employers)
				.innerJoin(townships, eq(townships.code, employers.townshipCode))
				.where(where(f))
				.orderBy(...queueOrder)
				.limit(limit)
				.offset(offset);
		},
		async count(db: Db, f: EmployerFilter) {
			const [row] = await db.select({ n: count() }).from(employers).where(where(f));
			return row?.n ?? 0;
		},
		townshipExists,
		async usersOf(db: Db, employerId: string) {
			return db
				.select()
				.from(users)
				.where(eq(users.employerId, employerId))
				.orderBy(asc(users.createdAt), asc(users.id));
		},
		async findUserByPhone(db: Db, phone: string) {
			const [row] = await db.select().from(users).where(eq(users.phone, phone));
			return row;
		},
		/** Inserts unless the phone is taken; undefined then. */
		async insertUser(db: Db, row: NewUser) {
			const [inserted] = await db
				.insert(users)
				.values(row)
				.onConflictDoNothing({ target: users.phone })
				.returning();
			return inserted;
		},
		/** Disables the account and ends its sessions. */
		async disableUser(db: Db, id: string, at: Date) {
			await db.update(users).set({ disabledAt: at }).where(eq(users.id, id));
			await db.delete(sessions).where(eq(sessions.userId, id));
		},
	};
}
export type EmployersRepository = ReturnType<typeof createEmployersRepository>;
