import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { users, type NewUser } from '../schema/accounts.js';
import { employers } from '../schema/employers.js';
import { people } from '../schema/people.js';

/**
 * One demo login per role, printed at start in development mode only. The password is public on
 * purpose (this is demo data); production never seeds it.
 */
export const DEMO_PASSWORD = 'wutai-demo-2026';
export const DEMO_ACCOUNTS = [
	{ role: 'seeker', phone: '13900000001', displayName: '演示求职者' },
	{ role: 'employer', phone: '13900000002', displayName: '演示单位人事' },
	{ role: 'bureau', phone: '13900000003', displayName: '县人社局演示员' },
	{ role: 'federation', phone: '13900000004', displayName: '县残联演示员' },
	{ role: 'township', phone: '13900000005', displayName: '台城镇专职委员' },
	{ role: 'admin', phone: '13900000006', displayName: '系统管理员' },
] as const satisfies readonly { role: NewUser['role']; phone: string; displayName: string }[];

/** The demo records the seeker and employer demo logins act as (ids the demo created). */
export type DemoLinks = { personId: string | null; employerId: string | null };

/**
 * Adds the demo accounts, linked only to the records named in `links` (taken when the demo data
 * was generated, so never a real person or employer); the township staff to 台城镇. Existing
 * phones are left alone.
 */
export async function seedDemoAccounts(
	db: Db,
	hashPassword: (plain: string) => Promise<string>,
	links: DemoLinks,
): Promise<number> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const rows: NewUser[] = DEMO_ACCOUNTS.map((a) => ({
		...a,
		passwordHash,
		personId: a.role === 'seeker' ? links.personId : null,
		employerId: a.role === 'employer' ? links.employerId : null,
		townshipCode: a.role === 'township' ? '140922100' : null,
	}));
	const inserted = await db
		.insert(users)
		.values(rows)
		.onConflictDoNothing()
		.returning({ id: users.id });
	return inserted.length;
}

/**
 * The person the demo seeker login acts as: the first registered blind seeker (so the demo shows
 * the massage postings and their certificate rule), or the first registered person if none is.
 */
export async function demoSeekerPerson(db: Db): Promise<{ id: string } | undefined> {
	const [person] = await db
		.select({ id: people.id })
		.from(people)
		.orderBy(desc(sql`${people.category} = 1`), asc(people.createdAt), asc(people.id))
		.limit(1);
	return person;
}

/**
 * The records the demo logins link to, read right after the demo filled an empty database: the
 * first registered person and the first approved private employer, both made by the demo.
 */
export async function firstDemoRecords(db: Db): Promise<DemoLinks> {
	const person = await demoSeekerPerson(db);
	const [employer] = await db
		.select({ id: employers.id })
		.from(employers)
		.where(and(eq(employers.status, 'approved'), eq(employers.kind, 'private')))
		.orderBy(asc(employers.name))
		.limit(1);
	return { personId: person?.id ?? null, employerId: employer?.id ?? null };
}

/**
 * Demo logins that still open with the public demo password: a demo phone whose password was
 * changed is an ordinary account. `verify` is the API's password check (argon2 lives there).
 */
export async function findDemoAccounts(
	db: Db,
	verify: (stored: string, plain: string) => Promise<boolean>,
): Promise<string[]> {
	const rows = await db
		.select({ phone: users.phone, passwordHash: users.passwordHash })
		.from(users)
		.where(
			inArray(
				users.phone,
				DEMO_ACCOUNTS.map((a) => a.phone),
			),
		);
	const open: string[] = [];
	for (const r of rows)
		if (r.passwordHash && (await verify(r.passwordHash, DEMO_PASSWORD))) open.push(r.phone);
	return open.sort();
}
