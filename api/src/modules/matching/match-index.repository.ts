import { and, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@ronghe/db';
import {
	applications,
	consents,
	employers,
	invitations,
	matchChanges,
	people,
	personCertificates,
	personPriorityStatuses,
	postings,
	townships,
} from '@ronghe/db/schema';
import { columns as candidateColumns } from '../candidates/candidates.repository.js';
import { counts } from './matching-bounds.sql.js';
import type { PostingRow } from './matching.repository.js';

/** Rows read per query when the whole table is read. */
const CHUNK = 20_000;

/** The columns of a seeker that the rules read (toSeeker), and the visibility facts. */
const seekerColumns = {
	person: {
		id: people.id,
		category: people.category,
		categoryComponents: people.categoryComponents,
		level: people.level,
		townshipCode: people.townshipCode,
		ability: people.ability,
		passport: people.passport,
		trainingCertificates: people.trainingCertificates,
		desiredOccupations: people.desiredOccupations,
		desiredWorkModes: people.desiredWorkModes,
		expectedPayMin: people.expectedPayMin,
		maxTravelKm: people.maxTravelKm,
		disclosure: people.disclosure,
	},
	latitude: townships.latitude,
	longitude: townships.longitude,
};

/** Seekers with their township's centre and the visibility facts for this employer. */
export const candidateRows = (db: Db, employerId: string) =>
	db
		.select({
			...candidateColumns(employerId),
			latitude: townships.latitude,
			longitude: townships.longitude,
		})
		.from(people)
		.innerJoin(townships, eq(townships.code, people.townshipCode));

/** The queries of the matching indexes (match-index.ts, docs/matching.md "Speed"). */
export function createMatchIndexRepository() {
	return {
		/** The oldest transaction still running: every change from it on is not read yet. */
		async horizon(db: Db): Promise<number> {
			const [row] = rowsOf<{ xmin: string }>(
				await db.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`),
			);
			return Number(row!.xmin);
		},
		/** Changes of these kinds by transactions from `since` on, and the new horizon. */
		async changesSince(db: Db, since: number, kinds: readonly string[]) {
			const [row] = rowsOf<{ xmin: string; changes: { kind: string; ref: string | null }[] }>(
				await db.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin,
					coalesce((select json_agg(json_build_object('kind', kind, 'ref', ref))
						from (select distinct ${matchChanges.kind} as kind, ${matchChanges.ref} as ref
							from ${matchChanges}
							where ${matchChanges.xid} >= ${since}
							and ${matchChanges.kind} = any(${sql.param([...kinds, 'all'])}::text[])) c),
						'[]'::json) as changes`),
			);
			return { horizon: Number(row!.xmin), changes: row!.changes };
		},
		/** Changes older than a day are read by no index (each reads everything again daily). */
		async forgetOldChanges(db: Db) {
			await db.delete(matchChanges).where(sql`${matchChanges.at} < now() - interval '1 day'`);
		},
		/**
		 * Published postings with their applications counted, `CHUNK` at a time after `after`
		 * (by id), or those of `where` (then any status: the caller drops what is not published).
		 */
		async postings(db: Db, where: { after: string } | SQL): Promise<PostingRow[]> {
			const page = 'after' in where;
			const query = db
				.select({
					posting: postings,
					employerName: employers.name,
					employerAccessibility: employers.accessibility,
					townshipName: townships.name,
					townshipLatitude: townships.latitude,
					townshipLongitude: townships.longitude,
					hired: sql<number>`coalesce(a.hired, 0)`.mapWith(Number),
					applications: sql<number>`coalesce(a.applied, 0)`.mapWith(Number),
				})
				.from(postings)
				.innerJoin(employers, eq(employers.id, postings.employerId))
				.innerJoin(townships, eq(townships.code, postings.townshipCode))
				.leftJoin(sql`${counts} a`, sql`a.posting_id = ${postings.id}`)
				.where(
					page
						? and(eq(postings.status, 'published'), gt(postings.id, where.after))
						: (where as SQL),
				);
			return page ? query.orderBy(postings.id).limit(CHUNK) : query;
		},
		byPostingIds: (ids: readonly string[]) =>
			sql`${postings.id} = any(${sql.param([...ids])}::uuid[])`,
		byEmployerIds: (ids: readonly string[]) =>
			sql`${postings.employerId} = any(${sql.param([...ids])}::uuid[])`,
		/** Seekers `CHUNK` at a time after `after` (by id), or these ones. */
		async seekers(db: Db, where: { after: string } | { ids: readonly string[] }) {
			const query = db
				.select(seekerColumns)
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode));
			return 'after' in where
				? query.where(gt(people.id, where.after)).orderBy(people.id).limit(CHUNK)
				: query.where(sql`${people.id} = any(${sql.param([...where.ids])}::uuid[])`);
		},
		/**
		 * Certificates, confirmed priority statuses still valid on `today` and share consents, by
		 * person: of these seekers, or of everyone (null).
		 */
		async seekerFacts(db: Db, ids: readonly string[] | null, today: string) {
			const these = (col: SQL) =>
				ids === null ? undefined : sql`${col} = any(${sql.param([...ids])}::uuid[])`;
			const [certificates, priorities, shared] = await Promise.all([
				db
					.select({
						personId: personCertificates.personId,
						kind: personCertificates.kind,
						validUntil: personCertificates.validUntil,
						occupationCode: personCertificates.occupationCode,
					})
					.from(personCertificates)
					.where(these(sql`${personCertificates.personId}`)),
				db
					.select({
						personId: personPriorityStatuses.personId,
						kind: personPriorityStatuses.kind,
					})
					.from(personPriorityStatuses)
					.where(
						and(
							these(sql`${personPriorityStatuses.personId}`),
							eq(personPriorityStatuses.state, 'confirmed'),
							sql`(${personPriorityStatuses.validUntil} is null
								or ${personPriorityStatuses.validUntil} >= ${today}::date)`,
						),
					),
				db
					.selectDistinct({ personId: consents.personId })
					.from(consents)
					.where(
						and(
							these(sql`${consents.personId}`),
							eq(consents.kind, 'share_with_employers'),
							isNull(consents.withdrawnAt),
						),
					),
			]);
			const byPerson = new Map<string, Omit<(typeof certificates)[number], 'personId'>[]>();
			for (const { personId, ...c } of certificates)
				byPerson.set(personId, [...(byPerson.get(personId) ?? []), c]);
			const statuses = new Map<string, string[]>();
			for (const { personId, kind } of priorities)
				statuses.set(personId, [...(statuses.get(personId) ?? []), kind]);
			return {
				certificates: byPerson,
				priorities: statuses,
				shared: new Set(shared.map((r) => r.personId)),
			};
		},
		/** These seekers with the visibility facts for this employer, for the rules (engine.ts). */
		async seekersById(db: Db, employerId: string, ids: readonly string[]) {
			if (ids.length === 0) return [];
			return candidateRows(db, employerId).where(
				sql`${people.id} = any(${sql.param([...ids])}::uuid[])`,
			);
		},
		/** People who applied to (and did not withdraw) or accepted an invitation of this employer. */
		async turnedTo(db: Db, employerId: string): Promise<Set<string>> {
			const [applied, invited] = await Promise.all([
				db
					.selectDistinct({ id: applications.personId })
					.from(applications)
					.where(
						and(
							eq(applications.employerId, employerId),
							sql`${applications.status} <> 'withdrawn'`,
						),
					),
				db
					.selectDistinct({ id: invitations.personId })
					.from(invitations)
					.where(and(eq(invitations.employerId, employerId), eq(invitations.status, 'accepted'))),
			]);
			return new Set([...applied, ...invited].map((r) => r.id));
		},
	};
}

export type MatchIndexRepository = ReturnType<typeof createMatchIndexRepository>;
