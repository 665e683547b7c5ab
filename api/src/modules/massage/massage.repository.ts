import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	employers,
	massageCeHours,
	massageClinics,
	massagePractitioners,
	people,
	personCertificates,
	settings,
	townships,
} from '@ronghe/db/schema';
import { employerExists, personExists, townshipExists } from '../../references.js';

export const MASSAGE_RULES_KEY = 'massage_rules';

const MEDICAL = ['blind_medical_massage'];
const HEALTH = ['health_massage_junior', 'health_massage_intermediate', 'health_massage_senior'];

/** Practitioners, clinics and continuing-education hours (docs/massage.md). */
export function createMassageRepository() {
	const practitioners = (db: Db) =>
		db
			.select({
				m: massagePractitioners,
				personName: people.fullName,
				townshipName: townships.name,
				clinicName: massageClinics.name,
				// a valid certificate of the qualification's kind
				certified: sql<boolean>`exists (select 1 from ${personCertificates} c
					where c.person_id = ${massagePractitioners.personId}
					and (c.valid_until is null or c.valid_until >= ${sql.raw("(now() at time zone 'Asia/Shanghai')::date")})
					and c.kind = any(case when ${massagePractitioners.qualification} = 'medical'
						then ${sql.param(MEDICAL)}::text[] else ${sql.param(HEALTH)}::text[] end))`,
			})
			.from(massagePractitioners)
			.innerJoin(people, eq(people.id, massagePractitioners.personId))
			.innerJoin(townships, eq(townships.code, people.townshipCode))
			.leftJoin(massageClinics, eq(massageClinics.id, massagePractitioners.registeredClinicId));
	const clinics = (db: Db) =>
		db
			.select({
				c: massageClinics,
				employerName: employers.name,
				townshipName: townships.name,
				operatorName: people.fullName,
			})
			.from(massageClinics)
			.innerJoin(townships, eq(townships.code, massageClinics.townshipCode))
			.leftJoin(employers, eq(employers.id, massageClinics.employerId))
			.leftJoin(people, eq(people.id, massageClinics.operatorPersonId));

	return {
		async rules(db: Db) {
			const [row] = await db.select().from(settings).where(eq(settings.key, MASSAGE_RULES_KEY));
			return row?.value as Record<string, unknown> | undefined;
		},
		async practitioners(db: Db, page: { offset: number; limit: number }) {
			const [rows, [total]] = await Promise.all([
				practitioners(db)
					.orderBy(asc(townships.name), asc(people.fullName), asc(massagePractitioners.id))
					.offset(page.offset)
					.limit(page.limit),
				db.select({ n: count() }).from(massagePractitioners),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		async practitioner(db: Db, id: string) {
			const [r] = await practitioners(db).where(eq(massagePractitioners.id, id));
			return r;
		},
		async practitionersAt(db: Db, clinicIds: readonly string[]) {
			if (!clinicIds.length) return [];
			return db
				.select({
					id: massagePractitioners.id,
					clinicId: massagePractitioners.registeredClinicId,
					qualification: massagePractitioners.qualification,
					name: people.fullName,
					practiceSince: massagePractitioners.practiceSince,
				})
				.from(massagePractitioners)
				.innerJoin(people, eq(people.id, massagePractitioners.personId))
				.where(inArray(massagePractitioners.registeredClinicId, [...clinicIds]));
		},
		async hours(db: Db, ids: readonly string[]) {
			if (!ids.length) return [];
			return db
				.select()
				.from(massageCeHours)
				.where(inArray(massageCeHours.practitionerId, [...ids]))
				.orderBy(asc(massageCeHours.year));
		},
		async upsertPractitioner(db: Db, row: typeof massagePractitioners.$inferInsert) {
			const [r] = await db
				.insert(massagePractitioners)
				.values(row)
				.onConflictDoUpdate({
					target: massagePractitioners.personId,
					set: { ...row, updatedAt: new Date() },
				})
				.returning();
			return r!;
		},
		async setHours(db: Db, practitionerId: string, year: number, hours: number) {
			await db
				.insert(massageCeHours)
				.values({ practitionerId, year, hours })
				.onConflictDoUpdate({
					target: [massageCeHours.practitionerId, massageCeHours.year],
					set: { hours, updatedAt: new Date() },
				});
		},
		async clinics(db: Db, page: { offset: number; limit: number }) {
			const [rows, [total]] = await Promise.all([
				clinics(db)
					.orderBy(asc(massageClinics.name), asc(massageClinics.id))
					.offset(page.offset)
					.limit(page.limit),
				db.select({ n: count() }).from(massageClinics),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		async clinic(db: Db, id: string) {
			const [r] = await clinics(db).where(eq(massageClinics.id, id));
			return r;
		},
		async insertClinic(db: Db, row: typeof massageClinics.$inferInsert) {
			const [r] = await db.insert(massageClinics).values(row).returning();
			return r!;
		},
		async updateClinic(db: Db, id: string, row: Partial<typeof massageClinics.$inferInsert>) {
			const [r] = await db
				.update(massageClinics)
				.set(row)
				.where(eq(massageClinics.id, id))
				.returning();
			return r;
		},
		/** Whether a person holds the medical qualification (for a clinic's operator). */
		async isMedicalPractitioner(db: Db, personId: string) {
			const [r] = await db
				.select({ id: massagePractitioners.id })
				.from(massagePractitioners)
				.where(
					and(
						eq(massagePractitioners.personId, personId),
						eq(massagePractitioners.qualification, 'medical'),
					),
				);
			return !!r;
		},
		personExists,
		async clinicExists(db: Db, id: string) {
			const [r] = await db
				.select({ id: massageClinics.id })
				.from(massageClinics)
				.where(eq(massageClinics.id, id));
			return !!r;
		},
		employerExists,
		townshipExists,
	};
}
export type MassageRepository = ReturnType<typeof createMassageRepository>;
