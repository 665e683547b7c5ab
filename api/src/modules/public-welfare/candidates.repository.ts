import { sql } from 'drizzle-orm';
import { FAMILY_RELATIONS, PRIORITY_KINDS } from '@ronghe/contracts';
import { rowsOf, type Db } from '@ronghe/db';

type CandidateRow = {
	person_id: string;
	family_member_id: string | null;
	name: string;
	relation: string | null;
	person_name: string;
	township_name: string;
	priorities: string[];
	placements: number;
};

/**
 * Who may be placed on a 公益性岗位, priority first (docs/public-welfare.md, "Priority"): disabled
 * people of working age not in work, those with confirmed priority statuses (就业困难, 低保 …)
 * first; then family members who want work and whom staff have confirmed. `born after` leaves
 * out people past the usual retirement age.
 */
export async function placementCandidates(
	db: Db,
	q: { township?: string; offset: number; limit: number; bornAfter: string },
) {
	const township = q.township ?? null;
	const rows = sql`
		with statuses as (
			select person_id, array_agg(kind::text order by kind) as kinds
			from person_priority_statuses where state = 'confirmed' group by person_id
		), placed as (
			select person_id, family_member_id, count(*)::int as n
			from public_welfare_placements group by person_id, family_member_id
		), candidates as (
			select p.id as person_id, null::uuid as family_member_id, p.full_name as name,
				null::text as relation, p.full_name as person_name, t.name as township_name,
				coalesce(s.kinds, '{}') as priorities, coalesce(pl.n, 0) as placements,
				0 as tier, p.created_at as since
			from people p
			join townships t on t.code = p.township_code
			left join statuses s on s.person_id = p.id
			left join placed pl on pl.person_id = p.id and pl.family_member_id is null
			where p.employment_status = 'unemployed' and p.birth_date > ${q.bornAfter}::date
				and (${township}::text is null or p.township_code = ${township})
			union all
			select p.id, f.id, f.full_name, f.relation::text, p.full_name, t.name,
				coalesce(s.kinds, '{}'), coalesce(pl.n, 0), 1, f.created_at
			from person_family_members f
			join people p on p.id = f.person_id
			join townships t on t.code = p.township_code
			left join statuses s on s.person_id = p.id
			left join placed pl on pl.family_member_id = f.id
			where f.wants_work and f.state = 'confirmed'
				and (${township}::text is null or p.township_code = ${township})
		)`;
	const [page, total] = await Promise.all([
		db.execute(sql`${rows}
			select * from candidates
			order by tier, cardinality(priorities) desc, placements, since, person_id, family_member_id
			offset ${q.offset} limit ${q.limit}`),
		db.execute(sql`${rows} select count(*)::int as n from candidates`),
	]);
	return {
		items: rowsOf<CandidateRow>(page).map((c) => ({
			personId: c.person_id,
			familyMemberId: c.family_member_id,
			name: c.name,
			relation: c.relation
				? (FAMILY_RELATIONS[c.relation as keyof typeof FAMILY_RELATIONS] ?? c.relation)
				: '本人',
			personName: c.person_name,
			townshipName: c.township_name,
			priorities: c.priorities.map((k) => PRIORITY_KINDS[k as keyof typeof PRIORITY_KINDS] ?? k),
			placements: Number(c.placements),
		})),
		total: rowsOf<{ n: number }>(total)[0]?.n ?? 0,
	};
}
