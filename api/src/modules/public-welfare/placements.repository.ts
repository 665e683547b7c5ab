import {
	and,
	asc,
	count,
	desc,
	eq,
	gte,
	inArray,
	isNotNull,
	isNull,
	lt,
	sql,
	type SQL,
} from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	employers,
	people,
	personFamilyMembers,
	publicWelfarePlacements as placements,
	postings,
	settings,
	publicWelfareSubsidies as subsidies,
	townships,
	type NewPublicWelfarePlacement,
} from '@ronghe/db/schema';

export const RULES_KEY = 'public_welfare_rules';

const columns = {
	p: placements,
	personName: people.fullName,
	holderName: sql<string>`coalesce(${personFamilyMembers.fullName}, ${people.fullName})`,
	relation: personFamilyMembers.relation,
	townshipName: townships.name,
};
export type PlacementRow = Awaited<ReturnType<PlacementsRepository['one']>> & {};

/** Which placements a list shows on `today`: in post, ending within `alertUntil`, or ended. */
function viewWhere(view: 'active' | 'ending' | 'ended', today: string, alertUntil: string): SQL {
	const open = and(isNull(placements.endedOn), gte(placements.endDate, today))!;
	if (view === 'ended')
		return sql`(${placements.endedOn} is not null or ${placements.endDate} < ${today})`;
	return view === 'ending' ? and(open, lt(placements.endDate, alertUntil))! : open;
}

export function createPlacementsRepository() {
	const base = (db: Db) =>
		db
			.select(columns)
			.from(placements)
			.innerJoin(people, eq(people.id, placements.personId))
			.innerJoin(townships, eq(townships.code, placements.townshipCode))
			.leftJoin(personFamilyMembers, eq(personFamilyMembers.id, placements.familyMemberId));
	const scoped = (township?: string) =>
		township ? eq(placements.townshipCode, township) : undefined;

	return {
		async rules(db: Db) {
			const [row] = await db.select().from(settings).where(eq(settings.key, RULES_KEY));
			return row?.value as Record<string, unknown> | undefined;
		},
		async list(
			db: Db,
			q: { view: 'active' | 'ending' | 'ended'; offset: number; limit: number },
			today: string,
			alertUntil: string,
			township?: string,
		) {
			const where = and(viewWhere(q.view, today, alertUntil), scoped(township));
			const [rows, [total]] = await Promise.all([
				base(db)
					.where(where)
					.orderBy(
						q.view === 'ended' ? desc(placements.endDate) : asc(placements.endDate),
						asc(placements.id),
					)
					.offset(q.offset)
					.limit(q.limit),
				db.select({ n: count() }).from(placements).where(where),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		async counts(db: Db, today: string, alertUntil: string, township?: string) {
			const n = async (view: 'active' | 'ending' | 'ended') =>
				(
					await db
						.select({ n: count() })
						.from(placements)
						.where(and(viewWhere(view, today, alertUntil), scoped(township)))
				)[0]?.n ?? 0;
			return { active: await n('active'), ending: await n('ending'), ended: await n('ended') };
		},
		async one(db: Db, id: string) {
			const [r] = await base(db).where(eq(placements.id, id));
			return r;
		},
		async subsidies(db: Db, ids: readonly string[]) {
			if (!ids.length) return [];
			return db
				.select()
				.from(subsidies)
				.where(inArray(subsidies.placementId, [...ids]))
				.orderBy(asc(subsidies.month));
		},
		/** Locks the person's row: placements of one family are counted one request at a time. */
		async lockPerson(db: Db, id: string) {
			const [r] = await db
				.select({
					id: people.id,
					townshipCode: people.townshipCode,
					birthDate: people.birthDate,
					sex: people.sex,
				})
				.from(people)
				.where(eq(people.id, id))
				.for('update');
			return r;
		},
		async familyMember(db: Db, personId: string, id: string) {
			const [r] = await db
				.select()
				.from(personFamilyMembers)
				.where(and(eq(personFamilyMembers.id, id), eq(personFamilyMembers.personId, personId)));
			return r;
		},
		/** The holder's placements so far, oldest first. */
		async history(db: Db, personId: string, familyMemberId: string | null) {
			return db
				.select()
				.from(placements)
				.where(
					and(
						eq(placements.personId, personId),
						familyMemberId
							? eq(placements.familyMemberId, familyMemberId)
							: isNull(placements.familyMemberId),
					),
				)
				.orderBy(asc(placements.startDate));
		},
		/** Which of the linked employer and posting are missing, as problem pointers. */
		async missingLinks(db: Db, employerId: string | null, postingId: string | null) {
			const missing: string[] = [];
			if (employerId) {
				const [r] = await db
					.select({ id: employers.id })
					.from(employers)
					.where(eq(employers.id, employerId));
				if (!r) missing.push('#/employerId');
			}
			if (postingId) {
				const [r] = await db
					.select({ id: postings.id })
					.from(postings)
					.where(eq(postings.id, postingId));
				if (!r) missing.push('#/postingId');
			}
			return missing;
		},
		async insert(db: Db, row: NewPublicWelfarePlacement) {
			const [r] = await db.insert(placements).values(row).returning();
			return r!;
		},
		async end(db: Db, id: string, endedOn: string, reason: string) {
			await db.update(placements).set({ endedOn, endReason: reason }).where(eq(placements.id, id));
		},
		async setSubsidy(
			db: Db,
			row: {
				placementId: string;
				month: string;
				postSubsidy: number;
				insuranceSubsidy: number;
				recordedByUserId: string;
			},
		) {
			await db
				.insert(subsidies)
				.values(row)
				.onConflictDoUpdate({
					target: [subsidies.placementId, subsidies.month],
					set: {
						postSubsidy: row.postSubsidy,
						insuranceSubsidy: row.insuranceSubsidy,
						recordedByUserId: row.recordedByUserId,
						recordedAt: new Date(),
					},
				});
		},
		/** Placements each of these people and relatives hold or held. */
		async countsFor(db: Db, personIds: readonly string[]) {
			if (!personIds.length) return [];
			return db
				.select({
					personId: placements.personId,
					familyMemberId: placements.familyMemberId,
					n: count(),
				})
				.from(placements)
				.where(and(inArray(placements.personId, [...personIds]), isNotNull(placements.personId)))
				.groupBy(placements.personId, placements.familyMemberId);
		},
	};
}
export type PlacementsRepository = ReturnType<typeof createPlacementsRepository>;
