import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	applications,
	employers,
	occupations,
	people,
	personCertificates,
	personPriorityStatuses,
	postings,
	settings,
	townships,
	trainingCourses,
} from '@ronghe/db/schema';
import { visibleTo } from '../candidates/candidates.repository.js';
import { visibleSql } from '../postings/postings-filter.sql.js';
import { candidateRows } from './match-index.repository.js';
import { prefilterSql, type Prefilter } from './matching-bounds.sql.js';

/** The settings key that holds the matching weights (docs/matching.md). */
export const MATCHING_SETTINGS_KEY = 'matching';

const hired = sql<number>`(select count(*) from ${applications}
	where ${applications.postingId} = ${postings.id} and ${applications.status} = 'hired')`.mapWith(
	Number,
);
const applied = sql<number>`(select count(*) from ${applications}
	where ${applications.postingId} = ${postings.id} and ${applications.status} <> 'withdrawn')`.mapWith(
	Number,
);

const postingColumns = {
	posting: postings,
	employerName: employers.name,
	employerAccessibility: employers.accessibility,
	townshipName: townships.name,
	townshipLatitude: townships.latitude,
	townshipLongitude: townships.longitude,
	hired,
	applications: applied,
};

export type PostingRow = {
	posting: typeof postings.$inferSelect;
	employerName: string;
	employerAccessibility: string[];
	townshipName: string;
	townshipLatitude: number;
	townshipLongitude: number;
	hired: number;
	applications: number;
};

export type { Bound, Prefilter } from './matching-bounds.sql.js';

export function createMatchingRepository() {
	const base = (db: Db) =>
		db
			.select(postingColumns)
			.from(postings)
			.innerJoin(employers, eq(employers.id, postings.employerId))
			.innerJoin(townships, eq(townships.code, postings.townshipCode));

	return {
		async seeker(db: Db, personId: string) {
			const [row] = await db
				.select({
					person: people,
					latitude: townships.latitude,
					longitude: townships.longitude,
				})
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(eq(people.id, personId));
			return row;
		},
		/** The certificates of these people (kind and end date), for the certificate rule. */
		async certificates(db: Db, personIds: readonly string[]) {
			if (personIds.length === 0)
				return new Map<string, { kind: string; validUntil: string | null }[]>();
			const rows = await db
				.select({
					personId: personCertificates.personId,
					kind: personCertificates.kind,
					validUntil: personCertificates.validUntil,
					occupationCode: personCertificates.occupationCode,
				})
				.from(personCertificates)
				// one array parameter: a list of 100,000 people would pass PostgreSQL's limit of
				// 65,535 parameters
				.where(sql`${personCertificates.personId} = any(${sql.param([...personIds])}::uuid[])`);
			const byPerson = new Map<string, (typeof rows)[number][]>();
			for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
			return byPerson;
		},
		/**
		 * Priority statuses staff confirmed and still valid on `today`, per person: a seeker's own
		 * entry counts only once staff confirmed it.
		 */
		async priorities(db: Db, personIds: readonly string[], today: string) {
			const byPerson = new Map<string, string[]>();
			if (personIds.length === 0) return byPerson;
			const rows = await db
				.select({ personId: personPriorityStatuses.personId, kind: personPriorityStatuses.kind })
				.from(personPriorityStatuses)
				.where(
					and(
						inArray(personPriorityStatuses.personId, [...personIds]),
						eq(personPriorityStatuses.state, 'confirmed'),
						or(
							isNull(personPriorityStatuses.validUntil),
							gte(personPriorityStatuses.validUntil, today),
						),
					),
				);
			for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r.kind]);
			return byPerson;
		},
		/** Open postings the SQL cannot rule out for this seeker. */
		async candidates(db: Db, today: string, f: Prefilter): Promise<PostingRow[]> {
			return base(db).where(and(visibleSql(today), prefilterSql(f)));
		},
		/** These postings, for the rules. */
		async postingsById(db: Db, ids: readonly string[]): Promise<PostingRow[]> {
			if (ids.length === 0) return [];
			return base(db).where(sql`${postings.id} = any(${sql.param([...ids])}::uuid[])`);
		},
		/**
		 * Seekers this employer may see (the visibility rule) whom the SQL cannot rule out for the
		 * posting: category (多重残疾 by its components), level and a rural 公益性岗位's township.
		 * The rules judge every row that comes back, certificates included.
		 */
		async seekersFor(db: Db, employerId: string, p: typeof postings.$inferSelect) {
			const accepted = sql.param([...p.acceptedCategories]);
			const levels = sql.param([...p.acceptedLevels]);
			return candidateRows(db, employerId).where(
				and(
					visibleTo(employerId, {}),
					sql`(${people.category} = any(${accepted}::smallint[])
							or (${people.category} = 7 and cardinality(${people.categoryComponents}) > 0
								and ${people.categoryComponents} <@ ${accepted}::smallint[]))`,
					p.acceptedLevels.length ? sql`${people.level} = any(${levels}::smallint[])` : undefined,
					p.postType === 'public_welfare' && p.publicWelfareKind === 'rural'
						? eq(people.townshipCode, p.townshipCode)
						: undefined,
				),
			);
		},
		/** The newest open postings, for a seeker who switched personalisation off. */
		async newest(db: Db, today: string, limit: number) {
			return base(db)
				.where(visibleSql(today))
				.orderBy(desc(postings.publishedAt), postings.id)
				.limit(limit);
		},
		async countOpen(db: Db, today: string) {
			const [row] = await db
				.select({ n: sql<number>`count(*)`.mapWith(Number) })
				.from(postings)
				.where(visibleSql(today));
			return row?.n ?? 0;
		},
		/** One posting, whatever its status (why-not must explain a closed one too). */
		async posting(db: Db, postingId: string): Promise<PostingRow | undefined> {
			const [row] = await base(db).where(eq(postings.id, postingId));
			return row;
		},
		async employerStatus(db: Db, employerId: string) {
			const [row] = await db
				.select({ status: employers.status })
				.from(employers)
				.where(eq(employers.id, employerId));
			return row?.status;
		},
		/** The occupations table (small): names for reasons, aliases to read training certificates. */
		async occupations(db: Db) {
			return db
				.select({ code: occupations.code, name: occupations.name, aliases: occupations.aliases })
				.from(occupations);
		},
		/** Courses that have not started by `today`, by occupation, soonest first. */
		async openCourses(db: Db, today: string) {
			const rows = await db
				.select({
					title: trainingCourses.title,
					startDate: trainingCourses.startDate,
					occupationCode: trainingCourses.occupationCode,
				})
				.from(trainingCourses)
				.where(
					and(gte(trainingCourses.startDate, today), isNotNull(trainingCourses.occupationCode)),
				)
				.orderBy(asc(trainingCourses.startDate), asc(trainingCourses.title));
			const byOccupation = new Map<string, { title: string; startDate: string }[]>();
			for (const { occupationCode: code, ...c } of rows)
				if (code) byOccupation.set(code, [...(byOccupation.get(code) ?? []), c]);
			return byOccupation;
		},
		async weights(db: Db): Promise<unknown> {
			const [row] = await db.select().from(settings).where(eq(settings.key, MATCHING_SETTINGS_KEY));
			return row?.value;
		},
		async setPersonalised(db: Db, personId: string, personalised: boolean) {
			await db
				.update(people)
				.set({ personalised, updatedAt: new Date() })
				.where(eq(people.id, personId));
		},
	};
}

export type MatchingRepository = ReturnType<typeof createMatchingRepository>;
