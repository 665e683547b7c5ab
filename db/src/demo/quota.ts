import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import type { FieldCipher } from '../crypto.js';
import { employers } from '../schema/employers.js';
import {
	employerDisabledEmployees,
	employerLevyYears,
	type NewEmployerLevyYear,
} from '../schema/levy.js';
import { demoCertificate } from './annual-review.js';

type Figures = { averageStaff: string; wageBill: string; disabled: number[] };

/**
 * More levy-year figures for the bureau's overview and the disclosure: a hospital (institution
 * with a large 编制) below the ratio, the scenic-area committee (agency) above it, and enterprises
 * in other townships, so the charts by kind and township have something to show. 台城镇人民政府
 * keeps no figures: the agencies list then estimates it from its 编制数. Employers that already
 * have figures for the year (seedLevyDemo's) are left as they are.
 */
const FIGURES: Record<string, Figures> = {
	五台县人民医院: { averageStaff: '400.00', wageBill: '32000000.00', disabled: [4] },
	五台山风景名胜区管理委员会: {
		averageStaff: '180.00',
		wageBill: '14400000.00',
		disabled: [3, 3, 4],
	},
	五台县晋源农产品加工有限公司: { averageStaff: '60.00', wageBill: '2700000.00', disabled: [] },
	五台县顺达物流有限公司: { averageStaff: '45.00', wageBill: '1800000.00', disabled: [4] },
	五台山清凉山庄酒店有限公司: { averageStaff: '90.00', wageBill: '4050000.00', disabled: [3, 4] },
	五台县自来水公司: { averageStaff: '70.00', wageBill: '4200000.00', disabled: [] },
};

export async function seedQuotaDemo(db: Db, now: Date, cipher: FieldCipher): Promise<number> {
	// the year before last too, so staff can try publishing a year that is not published yet
	return (
		(await seedYear(db, cipher, now.getFullYear() - 1)) +
		(await seedYear(db, cipher, now.getFullYear() - 2))
	);
}

/**
 * Certificate numbers of these employees: `40 + 4 × (place of the employer) + i`, apart from the
 * numbers seedLevyDemo uses, and one person per employer (the same person in both years), so
 * none of them looks like a 挂靠 pair.
 */
const personNumber = (name: string, i: number) => 40 + 4 * Object.keys(FIGURES).indexOf(name) + i;

async function seedYear(db: Db, cipher: FieldCipher, year: number): Promise<number> {
	const rows = await db
		.select({ id: employers.id, name: employers.name })
		.from(employers)
		.where(inArray(employers.name, Object.keys(FIGURES)));
	let added = 0;
	for (const { id, name } of rows) {
		const f = FIGURES[name]!;
		const [exists] = await db
			.select({ id: employerLevyYears.employerId })
			.from(employerLevyYears)
			.where(and(eq(employerLevyYears.employerId, id), eq(employerLevyYears.year, year)));
		if (exists) continue;
		const figures: NewEmployerLevyYear = {
			employerId: id,
			year,
			averageStaff: f.averageStaff,
			wageBill: f.wageBill,
		};
		await db.insert(employerLevyYears).values(figures);
		if (f.disabled.length)
			await db.insert(employerDisabledEmployees).values(
				f.disabled.map((level, i) => ({
					employerId: id,
					year,
					displayName: `职工${i + 1}（演示）`,
					certificateKind: 'disability' as const,
					level,
					...demoCertificate(cipher, personNumber(name, i), 'disability', 4, level),
					monthsCounted: 12,
					certificateValidUntil: `${year + 5}-12-31`,
					contractStart: `${year - 2}-01-01`,
					contractEnd: `${year + 2}-12-31`,
					monthlyWage: '2600.00',
					insuranceMonths: 12,
				})),
			);
		added += 1;
	}
	return added;
}
