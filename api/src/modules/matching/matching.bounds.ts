import { sql, type SQL } from 'drizzle-orm';
import {
	ABILITY_GAP_CLOSED_BY,
	ABILITY_ITEM_CODES,
	ACCESSIBILITY_FEATURE_CODES,
	CERTIFICATE_KIND_CODES,
	certificateMet,
	demandMet,
	NEED_MET_BY,
	needMet,
	PASSPORT_NEED_CODES,
} from '@ronghe/contracts';
import { FRESH_DAYS, NEAR_KM, STALE_DAYS } from './engine.js';
import type { MatchSeeker, MatchWeights } from './engine.types.js';

/**
 * The SQL side of a fast top-N (docs/matching.md, "Speed"): every hard rule as a WHERE clause,
 * so that `count(*)` is the number of eligible rows, and an upper bound of the rank order of each
 * row, so the service can score exactly only the best few. Every factor is computed here as
 * engine.ts computes it (the vocabulary tables are turned into SQL per seeker or per posting), so
 * the bound is the score itself plus what rounding may add. It is a bound only while these mirror
 * engine.ts: the service checks every exact order it computes against its bound and scores every
 * row if one is ever above (slower, never wrong), and a wrong hard rule here would hide a row, so
 * tests/integration compare the lists with the rules.
 */

/** A number parameter PostgreSQL reads as float8. */
const num = (x: number) => sql`${x}::float8`;

/** Straight-line km between two points (haversine, as distanceKm in engine.ts). */
export function kmSql(aLat: SQL, aLon: SQL, bLat: SQL, bLon: SQL): SQL {
	return sql`(2 * 6371 * asin(sqrt(
		power(sin(radians(${bLat} - ${aLat}) / 2), 2)
		+ cos(radians(${aLat})) * cos(radians(${bLat})) * power(sin(radians(${bLon} - ${aLon}) / 2), 2))))`;
}

/** The wishes factor: occupation and work mode against what the seeker wished. */
export function wishesSql(occupation: SQL, mode: SQL, occupations: SQL, modes: SQL): SQL {
	return sql`(case when cardinality(${occupations}) = 0 and cardinality(${modes}) = 0 then 0.5::float8
		else (case when ${occupation} = any(${occupations}) then 0.7::float8
				when cardinality(${occupations}) = 0 then 0.35::float8 else 0::float8 end)
			+ (case when ${mode}::text = any(${modes}) then 0.3::float8
				when cardinality(${modes}) = 0 then 0.15::float8 else 0::float8 end) end)`;
}

/** The pay factor: the top of the range against the seeker's expectation. */
export function paySql(top: SQL, expected: SQL): SQL {
	return sql`(case when ${expected} is null or ${top} is null then 0.5::float8
		when ${top} >= ${expected} then 1::float8
		else greatest(0::float8, ${top}::float8 / ${expected}::float8 - 0.2) end)`;
}

/** The distance factor; home-based work is 1. */
export function distanceSql(homeBased: SQL, km: SQL, reach: SQL): SQL {
	return sql`(case when ${homeBased} then 1::float8 when ${km} <= ${num(NEAR_KM)} then 1::float8
		else greatest(0::float8, 1 - (${km} - ${num(NEAR_KM)}) / greatest(${reach}::float8, ${num(NEAR_KM + 1)})) end)`;
}

/** The freshness factor from the publication time. */
export function freshnessSql(publishedAt: SQL, now: Date): SQL {
	const days = sql`(extract(epoch from (${now.toISOString()}::timestamptz - ${publishedAt}))::float8 / 86400)`;
	return sql`(case when ${publishedAt} is null then 0::float8 when ${days} <= ${num(FRESH_DAYS)} then 1::float8
		else greatest(0::float8, 1 - (${days} - ${num(FRESH_DAYS)}) / ${num(STALE_DAYS - FRESH_DAYS)}) end)`;
}

/** The certificates factor: required certificates held (the hard rule saw to it), training. */
export function certificatesSql(required: SQL, occupation: SQL, trained: SQL): SQL {
	return sql`least(1::float8, (case when cardinality(${required}) > 0 then 0.8::float8 else 0.5::float8 end)
		+ (case when ${occupation} = any(${trained}) then 0.2::float8 else 0::float8 end))`;
}

/**
 * The ability factor for one seeker (answers known) against each posting's demands: 没有困难 1,
 * a gap closed by an offered feature 1, unanswered ½, a gap left open 0; no demands 1. Written
 * over the known ability items, without a subquery per row: a demand on an unknown item is left
 * out (if that ever lifts a score above its bound, the service scores every row instead).
 */
export function abilityForSeekerSql(
	ability: MatchSeeker['ability'],
	demands: SQL,
	offered: SQL,
): SQL {
	const gaps = new Map(gapClosers(ability).map((g) => [g.item, g.closers]));
	const has = (item: string) => sql`(${demands} ? ${item})`;
	const points = ABILITY_ITEM_CODES.map((item) => {
		const closers = gaps.get(item);
		const value =
			ability[item] === 2
				? sql`1`
				: closers
					? sql`(${offered} && ${sql.param(closers)}::text[])::int`
					: sql`0.5`;
		return sql`case when ${has(item)} then ${value} else 0 end`;
	});
	const count = sql.join(
		ABILITY_ITEM_CODES.map((item) => sql`${has(item)}::int`),
		sql` + `,
	);
	return sql`(case when (${count}) = 0 then 1::float8
		else (${sql.join(points, sql` + `)})::float8 / (${count}) end)`;
}

/** The needs factor for one seeker's needs against each posting's offer. */
export function needsForSeekerSql(needs: readonly string[], offered: SQL): SQL {
	if (needs.length === 0) return sql`1::float8`;
	const by = NEED_MET_BY as Record<string, readonly string[] | undefined>;
	const met = needs.map((n) => sql`(${offered} && ${sql.param([...(by[n] ?? [])])}::text[])::int`);
	return sql`((${sql.join(met, sql` + `)})::float8 / ${needs.length})`;
}

/** The ability factor for one posting (demands and offer known) against each seeker's answers. */
export function abilityForPostingSql(
	demands: Readonly<Record<string, string>>,
	offered: readonly string[],
	ability: SQL,
): SQL {
	const items = Object.keys(demands);
	if (items.length === 0) return sql`1::float8`;
	const value = (item: string, a: 0 | 1) =>
		demandMet(item, a, offered).verdict === 'closed' ? 1 : 0;
	const points = items.map(
		(item) => sql`(case ${ability} ->> ${item} when '2' then 1::float8
			when '1' then ${value(item, 1)}::float8 when '0' then ${value(item, 0)}::float8
			else 0.5::float8 end)`,
	);
	return sql`((${sql.join(points, sql` + `)}) / ${items.length})`;
}

/**
 * The needs factor for one posting's offer against each seeker's passport needs, over the known
 * needs, without a subquery per row (a need listed twice is counted once: if that ever lifts a
 * score above its bound, the service scores every row instead).
 */
export function needsForPostingSql(offered: readonly string[], passport: SQL): SQL {
	const needs = sql`coalesce(${passport} -> 'needs', '[]'::jsonb)`;
	const met = PASSPORT_NEED_CODES.filter((n) => needMet(n, offered));
	const count = sql`jsonb_array_length(${needs})`;
	if (met.length === 0) return sql`(case when ${count} = 0 then 1::float8 else 0::float8 end)`;
	const points = sql.join(
		met.map((n) => sql`(${needs} ? ${n})::int`),
		sql` + `,
	);
	return sql`(case when ${count} = 0 then 1::float8 else (${points})::float8 / ${count} end)`;
}

/** The factors a bound adds up. */
export type BoundFactors = {
	ability: SQL;
	needs: SQL;
	wishes: SQL;
	certificates: SQL;
	pay: SQL;
	distance: SQL;
	priority: SQL;
	freshness: SQL;
};

/**
 * The score as engine.ts rounds it (Math.round: halves up), from a sum that may differ from the
 * JavaScript one in its last bits: a hair is added before rounding, so it errs upwards only.
 */
export function scoreBoundSql(w: MatchWeights, f: BoundFactors): SQL {
	const total = Object.values(w).reduce((a, b) => a + b, 0) || 1;
	return sql`floor(((${num(w.ability)} * ${f.ability} + ${num(w.needs)} * ${f.needs}
		+ ${num(w.wishes)} * ${f.wishes}
		+ ${num(w.certificates)} * ${f.certificates} + ${num(w.pay)} * ${f.pay}
		+ ${num(w.distance)} * ${f.distance} + ${num(w.priority)} * ${f.priority}
		+ ${num(w.freshness)} * ${f.freshness}) * 100 / ${num(total)} + 0.5 + 1e-9)::float8)`;
}

/** The crowding penalty of engine.ts (crowdingPenalty). */
export function crowdingSql(applied: SQL, headcount: SQL, hired: SQL): SQL {
	return sql`least(15::float8, 4 * ${applied}::float8 / greatest(1, ${headcount} - ${hired})::float8)`;
}

/**
 * The seeker's answered gaps, each with the features that close it for that answer: an
 * essential demand on the item is unmet unless one of them is offered.
 */
export function gapClosers(ability: MatchSeeker['ability']) {
	const closers = ABILITY_GAP_CLOSED_BY as Record<string, Record<string, string> | undefined>;
	return Object.entries(ability)
		.filter(([, a]) => a === 0 || a === 1)
		.map(([item, answer]) => ({
			item,
			closers: ACCESSIBILITY_FEATURE_CODES.filter((f) => {
				const c = closers[item]?.[f];
				return c === 'all' || (c === 'some' && answer === 1);
			}),
		}));
}

/** For an essential demand on `item` given what is offered: the answers that leave it unmet. */
export function unmetAnswers(item: string, offered: readonly string[]): string[] {
	return ([0, 1] as const)
		.filter((a) => demandMet(item, a, offered).verdict === 'unmet')
		.map(String);
}

/** The certificate kinds that meet a required kind (a higher 保健按摩师 grade meets a lower). */
export const kindsMeeting = (required: string) =>
	CERTIFICATE_KIND_CODES.filter((k) => certificateMet(required, [k]));
