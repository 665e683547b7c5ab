import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { personCertificates, trainingNeeds } from '@ronghe/db/schema';

/**
 * What a completion writes beyond the enrolment (docs/training.md, "Result"): the certificate in
 * the person's records and the training needs it meets; a corrected result takes both back.
 */
export function createCompletionRepository() {
	return {
		async insertCertificate(db: Db, row: typeof personCertificates.$inferInsert) {
			const [r] = await db.insert(personCertificates).values(row).returning();
			return r!;
		},
		async deleteCertificate(db: Db, id: string) {
			await db.delete(personCertificates).where(eq(personCertificates.id, id));
		},
		/** A completion meets the person's open needs in the course's occupation. */
		async meetNeeds(
			db: Db,
			personId: string,
			occupationCode: string,
			enrolmentId: string,
			at: Date,
		) {
			await db
				.update(trainingNeeds)
				.set({ metAt: at, metByEnrolmentId: enrolmentId })
				.where(
					and(
						eq(trainingNeeds.personId, personId),
						eq(trainingNeeds.occupationCode, occupationCode),
						sql`${trainingNeeds.metAt} is null`,
					),
				);
		},
		/** A corrected result takes back what the completion met. */
		async unmeetNeeds(db: Db, enrolmentId: string) {
			await db
				.update(trainingNeeds)
				.set({ metAt: null, metByEnrolmentId: null })
				.where(eq(trainingNeeds.metByEnrolmentId, enrolmentId));
		},
	};
}
export type CompletionRepository = ReturnType<typeof createCompletionRepository>;
