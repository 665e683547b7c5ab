import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	people,
	personCertificates,
	personFamilyMembers,
	personPriorityStatuses,
	townships,
	type NewPersonCertificate,
} from '@ronghe/db/schema';

type Status = typeof personPriorityStatuses.$inferInsert;
type Family = typeof personFamilyMembers.$inferInsert;
type Decision = {
	state: 'confirmed' | 'refused';
	decidedByUserId: string;
	decidedAt: Date;
	refusalReason: string;
};

/** Statuses, family members and certificates of one person, and the entries waiting for staff. */
export function createPriorityRepository() {
	const inScope = (townshipCode: string | undefined): SQL | undefined =>
		townshipCode ? eq(people.townshipCode, townshipCode) : undefined;

	return {
		async person(db: Db, personId: string) {
			const [row] = await db
				.select({ id: people.id, townshipCode: people.townshipCode })
				.from(people)
				.where(eq(people.id, personId));
			return row;
		},
		async statuses(db: Db, personId: string) {
			return db
				.select()
				.from(personPriorityStatuses)
				.where(eq(personPriorityStatuses.personId, personId))
				.orderBy(asc(personPriorityStatuses.createdAt), asc(personPriorityStatuses.id));
		},
		async family(db: Db, personId: string) {
			return db
				.select()
				.from(personFamilyMembers)
				.where(eq(personFamilyMembers.personId, personId))
				.orderBy(asc(personFamilyMembers.createdAt), asc(personFamilyMembers.id));
		},
		async insertStatus(db: Db, row: Status) {
			const [r] = await db.insert(personPriorityStatuses).values(row).returning();
			return r!;
		},
		async insertFamily(db: Db, row: Family) {
			const [r] = await db.insert(personFamilyMembers).values(row).returning();
			return r!;
		},
		async findStatus(db: Db, personId: string, id: string) {
			const [r] = await db
				.select()
				.from(personPriorityStatuses)
				.where(
					and(eq(personPriorityStatuses.id, id), eq(personPriorityStatuses.personId, personId)),
				);
			return r;
		},
		async findFamily(db: Db, personId: string, id: string) {
			const [r] = await db
				.select()
				.from(personFamilyMembers)
				.where(and(eq(personFamilyMembers.id, id), eq(personFamilyMembers.personId, personId)));
			return r;
		},
		/** Decides a pending entry; undefined when it was not pending (already decided or gone). */
		async decideStatus(db: Db, personId: string, id: string, d: Decision) {
			const [r] = await db
				.update(personPriorityStatuses)
				.set(d)
				.where(
					and(
						eq(personPriorityStatuses.id, id),
						eq(personPriorityStatuses.personId, personId),
						eq(personPriorityStatuses.state, 'pending'),
					),
				)
				.returning({ id: personPriorityStatuses.id, kind: personPriorityStatuses.kind });
			return r;
		},
		async decideFamily(db: Db, personId: string, id: string, d: Decision) {
			const [r] = await db
				.update(personFamilyMembers)
				.set(d)
				.where(
					and(
						eq(personFamilyMembers.id, id),
						eq(personFamilyMembers.personId, personId),
						eq(personFamilyMembers.state, 'pending'),
					),
				)
				.returning({ id: personFamilyMembers.id, relation: personFamilyMembers.relation });
			return r;
		},
		async deleteStatus(db: Db, personId: string, id: string) {
			const [r] = await db
				.delete(personPriorityStatuses)
				.where(
					and(eq(personPriorityStatuses.id, id), eq(personPriorityStatuses.personId, personId)),
				)
				.returning({ kind: personPriorityStatuses.kind });
			return r;
		},
		async deleteFamily(db: Db, personId: string, id: string) {
			const [r] = await db
				.delete(personFamilyMembers)
				.where(and(eq(personFamilyMembers.id, id), eq(personFamilyMembers.personId, personId)))
				.returning({ relation: personFamilyMembers.relation });
			return r;
		},
		/** Seekers' own entries waiting for staff, oldest first, in a township or the county. */
		async pending(db: Db, townshipCode: string | undefined, limit: number) {
			const statuses = await db
				.select({
					id: personPriorityStatuses.id,
					kind: personPriorityStatuses.kind,
					createdAt: personPriorityStatuses.createdAt,
					personId: people.id,
					fullName: people.fullName,
					townshipName: townships.name,
				})
				.from(personPriorityStatuses)
				.innerJoin(people, eq(people.id, personPriorityStatuses.personId))
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(and(eq(personPriorityStatuses.state, 'pending'), inScope(townshipCode)))
				.orderBy(asc(personPriorityStatuses.createdAt))
				.limit(limit);
			const family = await db
				.select({
					id: personFamilyMembers.id,
					relation: personFamilyMembers.relation,
					memberName: personFamilyMembers.fullName,
					createdAt: personFamilyMembers.createdAt,
					personId: people.id,
					fullName: people.fullName,
					townshipName: townships.name,
				})
				.from(personFamilyMembers)
				.innerJoin(people, eq(people.id, personFamilyMembers.personId))
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(and(eq(personFamilyMembers.state, 'pending'), inScope(townshipCode)))
				.orderBy(asc(personFamilyMembers.createdAt))
				.limit(limit);
			return { statuses, family };
		},
		async countPending(db: Db, townshipCode: string | undefined) {
			const [s] = await db
				.select({ n: count() })
				.from(personPriorityStatuses)
				.innerJoin(people, eq(people.id, personPriorityStatuses.personId))
				.where(and(eq(personPriorityStatuses.state, 'pending'), inScope(townshipCode)));
			const [f] = await db
				.select({ n: count() })
				.from(personFamilyMembers)
				.innerJoin(people, eq(people.id, personFamilyMembers.personId))
				.where(and(eq(personFamilyMembers.state, 'pending'), inScope(townshipCode)));
			return (s?.n ?? 0) + (f?.n ?? 0);
		},
		async certificates(db: Db, personId: string) {
			return db
				.select()
				.from(personCertificates)
				.where(eq(personCertificates.personId, personId))
				.orderBy(asc(personCertificates.createdAt), asc(personCertificates.id));
		},
		async insertCertificate(db: Db, row: NewPersonCertificate) {
			const [r] = await db.insert(personCertificates).values(row).returning();
			return r!;
		},
		async deleteCertificate(db: Db, personId: string, id: string) {
			const [r] = await db
				.delete(personCertificates)
				.where(and(eq(personCertificates.id, id), eq(personCertificates.personId, personId)))
				.returning({ kind: personCertificates.kind });
			return r;
		},
	};
}
export type PriorityRepository = ReturnType<typeof createPriorityRepository>;
