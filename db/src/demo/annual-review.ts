import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { maskIdentifier, type FieldCipher } from '../crypto.js';
import { annualReviews, employerDisabledEmployees } from '../schema/levy.js';
import { makeCertificateNumber, makeIdNumber } from './ids.js';

export type CertificateFields = {
	certificateNumberEnc: string;
	idNumberEnc: string;
	idNumberHash: string;
	idNumberMasked: string;
};

/**
 * A synthetic but valid number for a demo employee who is not in the registry: a 残疾人证号 of a
 * 1980s 五台县 birth (valid check character), or for a 残疾军人证 free text plus the ID number's hash.
 */
export function demoCertificate(
	cipher: FieldCipher,
	n: number,
	kind: 'disability' | 'military',
	category: number,
	level: number,
): CertificateFields {
	const idNumber = makeIdNumber({
		region: '140922',
		birthDate: `198${n % 10}-0${(n % 9) + 1}-1${n % 10}`,
		sequence: 900 + n,
	});
	const number =
		kind === 'disability'
			? makeCertificateNumber(idNumber, category, level)
			: `晋军残字第${String(2000 + n).padStart(6, '0')}号`;
	return {
		certificateNumberEnc: cipher.encrypt(number),
		idNumberEnc: cipher.encrypt(idNumber),
		idNumberHash: cipher.hash(idNumber),
		idNumberMasked: maskIdentifier(idNumber),
	};
}

/**
 * 年审 demo: the demo HR's employer and the other employer of the 挂靠 pair have submitted `year`
 * (so staff see the overlap flag), the compliant employer's review is approved with everyone
 * accepted.
 */
export async function seedAnnualReviewDemo(
	db: Db,
	year: number,
	ids: { owing: string; other: string; compliant: string },
	now: Date,
): Promise<number> {
	const submittedAt = new Date(now.getTime() - 5 * 86_400_000);
	const rows = await db
		.insert(annualReviews)
		.values([
			{ employerId: ids.owing, year, status: 'submitted', submittedAt },
			{ employerId: ids.other, year, status: 'submitted', submittedAt },
			{
				employerId: ids.compliant,
				year,
				status: 'approved',
				submittedAt,
				reviewedAt: new Date(now.getTime() - 2 * 86_400_000),
			},
		])
		.onConflictDoNothing()
		.returning({ year: annualReviews.year });
	await db
		.update(employerDisabledEmployees)
		.set({ reviewDecision: 'accepted' })
		.where(
			and(
				eq(employerDisabledEmployees.year, year),
				inArray(employerDisabledEmployees.employerId, [ids.compliant]),
			),
		);
	return rows.length;
}
