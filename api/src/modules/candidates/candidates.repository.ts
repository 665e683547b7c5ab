import { and, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	applications,
	consents,
	employers,
	invitations,
	occupations,
	people,
	townships,
} from '@ronghe/db/schema';

export type CandidateFilter = { townshipCode?: string | undefined; workMode?: string | undefined };

const activeConsent = (kind: 'share_with_employers' | 'disability_data') =>
	sql`exists (select 1 from ${consents} where ${consents.personId} = ${people.id}
		and ${consents.kind} = ${kind} and ${consents.withdrawnAt} is null)`.mapWith(Boolean);

/** The facts of the visibility rule, as columns: one query for the list and the detail. */
function facts(employerId: string) {
	return {
		applied: sql`exists (select 1 from ${applications} where ${applications.personId} = ${people.id}
			and ${applications.employerId} = ${employerId} and ${applications.status} <> 'withdrawn')`.mapWith(
			Boolean,
		),
		// the seeker chose to share the 沟通与无障碍需求 passport with this employer when applying
		passportShared:
			sql`exists (select 1 from ${applications} where ${applications.personId} = ${people.id}
			and ${applications.employerId} = ${employerId} and ${applications.status} <> 'withdrawn'
			and ${applications.sharePassport})`.mapWith(Boolean),
		acceptedInvitation:
			sql`exists (select 1 from ${invitations} where ${invitations.personId} = ${people.id}
			and ${invitations.employerId} = ${employerId} and ${invitations.status} = 'accepted')`.mapWith(
				Boolean,
			),
		shareConsent: activeConsent('share_with_employers'),
		disabilityConsent: activeConsent('disability_data'),
	};
}

// The same rule as employerVisibility(), in SQL, so that paging counts only visible people.
export function visibleTo(employerId: string, f: CandidateFilter): SQL | undefined {
	const x = facts(employerId);
	return and(
		or(
			sql`${x.applied}`,
			sql`${x.acceptedInvitation}`,
			and(sql`${x.shareConsent}`, inArray(people.disclosure, ['summary', 'full'])),
		),
		f.townshipCode ? eq(people.townshipCode, f.townshipCode) : undefined,
		f.workMode ? sql`${f.workMode} = any(${people.desiredWorkModes})` : undefined,
	);
}

export const columns = (employerId: string) => ({
	person: people,
	townshipName: townships.name,
	...facts(employerId),
});

export function createCandidatesRepository() {
	return {
		/** Occupation code → name, to show wishes by name (a small table). */
		async occupationNames(db: Db): Promise<Map<string, string>> {
			const rows = await db
				.select({ code: occupations.code, name: occupations.name })
				.from(occupations);
			return new Map(rows.map((r) => [r.code, r.name]));
		},
		async employerStatus(db: Db, employerId: string) {
			const [row] = await db
				.select({ status: employers.status })
				.from(employers)
				.where(eq(employers.id, employerId));
			return row?.status;
		},
		async list(db: Db, employerId: string, f: CandidateFilter, limit: number, offset: number) {
			return db
				.select(columns(employerId))
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(visibleTo(employerId, f))
				.orderBy(desc(people.updatedAt), people.id)
				.limit(limit)
				.offset(offset);
		},
		async count(db: Db, employerId: string, f: CandidateFilter) {
			const [row] = await db.select({ n: count() }).from(people).where(visibleTo(employerId, f));
			return row?.n ?? 0;
		},
		/** One person with the facts for this employer, visible or not: the rule decides. */
		async find(db: Db, employerId: string, personId: string) {
			const [row] = await db
				.select(columns(employerId))
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(eq(people.id, personId));
			return row;
		},
	};
}
export type CandidatesRepository = ReturnType<typeof createCandidatesRepository>;
