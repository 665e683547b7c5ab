import { and, asc, eq } from 'drizzle-orm';
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

/**
 * Adds the demo accounts: the seeker is linked to the first registered person, the employer HR
 * to the first approved employer, the township staff to 台城镇. Existing phones are left alone.
 */
export async function seedDemoAccounts(
	db: Db,
	hashPassword: (plain: string) => Promise<string>,
): Promise<number> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const [person] = await db
		.select({ id: people.id, fullName: people.fullName })
		.from(people)
		.orderBy(asc(people.createdAt), asc(people.id))
		.limit(1);
	const [employer] = await db
		.select({ id: employers.id })
		.from(employers)
		.where(and(eq(employers.status, 'approved'), eq(employers.kind, 'private')))
		.orderBy(asc(employers.name))
		.limit(1);
	const rows: NewUser[] = DEMO_ACCOUNTS.map((a) => ({
		...a,
		passwordHash,
		personId: a.role === 'seeker' ? (person?.id ?? null) : null,
		employerId: a.role === 'employer' ? (employer?.id ?? null) : null,
		townshipCode: a.role === 'township' ? '140922100' : null,
	}));
	const inserted = await db
		.insert(users)
		.values(rows)
		.onConflictDoNothing()
		.returning({ id: users.id });
	return inserted.length;
}
