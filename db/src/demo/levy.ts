import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import type { FieldCipher } from '../crypto.js';
import { employers } from '../schema/employers.js';
import {
	employerDisabledEmployees,
	employerLevyYears,
	localAverageWages,
	type NewEmployerLevyYear,
} from '../schema/levy.js';
import { people } from '../schema/people.js';
import { demoCertificate, seedAnnualReviewDemo } from './annual-review.js';

type Kind = (typeof employers.$inferSelect)['kind'];
const firstApproved = async (db: Db, kind: Kind, skip = 0) => {
	const rows = await db
		.select({ id: employers.id })
		.from(employers)
		.where(and(eq(employers.status, 'approved'), eq(employers.kind, kind)))
		.orderBy(asc(employers.name))
		.limit(skip + 1);
	return rows[skip]?.id;
};

/**
 * Levy demo data for the year before `now`: the demo HR's employer owes (staff and wages of
 * docs/domain.md#worked-example case A; two of its employees do not count), a state-owned company
 * is compliant, a small business is exempt, and one registry person is claimed by two employers
 * in overlapping months (a 挂靠 pattern).
 * The local wage figures are placeholders, not published numbers.
 */
export async function seedLevyDemo(db: Db, now: Date, cipher: FieldCipher): Promise<number> {
	const year = now.getFullYear() - 1;
	const owing = await firstApproved(db, 'private'); // the employer the demo HR account gets
	const other = await firstApproved(db, 'private', 1);
	const compliant = await firstApproved(db, 'state_owned');
	const exempt = await firstApproved(db, 'individual_business');
	const [person] = await db
		.select({
			id: people.id,
			fullName: people.fullName,
			level: people.level,
			certificateNumberEnc: people.certificateNumberEnc,
			idNumberEnc: people.idNumberEnc,
			idNumberHash: people.idNumberHash,
			idNumberMasked: people.idNumberMasked,
		})
		.from(people)
		.orderBy(asc(people.createdAt))
		.limit(1);
	if (!owing || !other || !compliant || !exempt) return 0;

	await db
		.insert(localAverageWages)
		.values({
			areaCode: '140922',
			year,
			averageAnnualWage: '60000.00',
			minimumMonthlyWage: '1880.00',
			source: '演示数据（占位数字，不是公布的数字；请工作人员改成当年公布的数字）',
		})
		.onConflictDoNothing();
	const halves = [245, 245, 245, 245, 245, 245, 255, 255, 255, 255, 255, 255];
	const years: NewEmployerLevyYear[] = [
		{ employerId: owing, year, monthlyStaff: halves, wageBill: '16250000.00' },
		{ employerId: other, year, averageStaff: '80.00', wageBill: '4000000.00' },
		{ employerId: compliant, year, averageStaff: '120.00', wageBill: '9600000.00' },
		{ employerId: exempt, year, monthlyStaff: Array<number>(12).fill(12), wageBill: '420000.00' },
	];
	await db.insert(employerLevyYears).values(years).onConflictDoNothing();
	const ok = {
		year,
		certificateKind: 'disability' as const,
		certificateValidUntil: `${year + 5}-12-31`,
		contractStart: `${year - 1}-03-01`,
		contractEnd: `${year + 2}-02-28`,
		monthlyWage: '2600.00',
		insuranceMonths: 12,
		monthsCounted: 12,
	};
	const cert = (n: number, category: number, level: number, kind = 'disability' as const) =>
		demoCertificate(cipher, n, kind, category, level);
	// the registry person's own number, so the 挂靠 pair is linked to the registry
	const linked = person
		? {
				personId: person.id,
				displayName: person.fullName,
				level: person.level,
				certificateNumberEnc: person.certificateNumberEnc,
				idNumberEnc: person.idNumberEnc,
				idNumberHash: person.idNumberHash,
				idNumberMasked: person.idNumberMasked,
			}
		: { displayName: '郑某（智力三级）', level: 3, ...cert(7, 5, 3) };
	const rows = [
		{ ...ok, employerId: owing, displayName: '王某（听力三级）', level: 3, ...cert(1, 2, 3) },
		{
			...ok,
			employerId: owing,
			displayName: '李某（肢体一级）',
			level: 1,
			...cert(2, 4, 1),
			monthsCounted: 3,
			insuranceMonths: 3,
			contractStart: `${year}-10-01`,
			contractEnd: `${year + 3}-09-30`,
		},
		{
			...ok,
			employerId: owing,
			displayName: '赵某（视力四级）',
			level: 4,
			monthlyWage: '1500.00',
			...cert(3, 1, 4),
		},
		{
			...ok,
			employerId: owing,
			displayName: '孙某（言语三级）',
			level: 3,
			...cert(4, 3, 3),
			monthsCounted: 6,
			insuranceMonths: 6,
			contractStart: `${year}-07-01`,
			contractEnd: `${year}-12-31`,
		},
		{ ...ok, employerId: compliant, displayName: '周某（肢体二级）', level: 2, ...cert(5, 4, 2) },
		{
			...ok,
			employerId: compliant,
			displayName: '吴某（残疾军人证二级）',
			certificateKind: 'military' as const,
			level: 2,
			...demoCertificate(cipher, 6, 'military', 0, 2),
		},
		// the same person at two employers in overlapping months: the annual review should flag it
		{ ...ok, ...linked, employerId: owing, monthsCounted: 6, insuranceMonths: 6 },
		{ ...ok, ...linked, employerId: other },
	];
	const inserted = await db
		.insert(employerDisabledEmployees)
		.values(rows)
		.returning({ id: employerDisabledEmployees.id });
	await seedAnnualReviewDemo(db, year, { owing, other, compliant }, now);
	return inserted.length;
}
