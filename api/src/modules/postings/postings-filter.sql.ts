import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PostingFilter } from '@ronghe/contracts';
import { employers, fairPostings, occupations, postings, townships } from '@ronghe/db/schema';
import { LATIN_WORD } from '@ronghe/search';

/**
 * The posting filter in SQL: the one translation that the search fallback (PostgreSQL while
 * Meilisearch is down) and the saved-search alert matcher both use, with the meaning of the
 * search-index filters (postingFilterSearch, postings-filter.search.ts):
 *
 * - only published postings whose closing date is not before `today` (the index's `closingDay`);
 * - `payMin` against the top of the posting's range (`payMax`); a posting without one is left out;
 * - lists match any of their values, except accommodations, which must all be offered;
 * - `fair`: postings shown at that fair.
 *
 * The text match cannot be the same as Meilisearch's: every word (or one of its synonyms) must
 * appear as written in the title, description, employer, township or occupation name or alias.
 * Meilisearch also forgives typos, matches the last word as a prefix, ranks, and when no posting
 * has every word it drops words from the end of the query (its "last" matching strategy); the
 * database only filters. Pinyin (`anmo`) lives only in the index: callers that can check it
 * afterwards (the matcher) pass `pinyinByCaller`, and the fallback finds nothing for it.
 * tests/fixtures/posting-filters.ts lists these differences (TEXT_DIFFERENCES).
 *
 * The query must join employers, townships and occupations (left join) on the posting.
 */
export function postingFilterSql(f: PostingFilter, ctx: PostingFilterContext): SQL {
	const words = ctx.pinyinByCaller ? textWords(f.q) : queryWords(f.q);
	return and(
		visibleSql(ctx.today),
		...words.map((word) => or(...withSynonyms(word, ctx.synonyms).map(wordMatches))),
		f.township ? eq(postings.townshipCode, f.township) : undefined,
		f.postType.length ? inArray(postings.postType, f.postType) : undefined,
		f.workMode.length ? inArray(postings.workMode, f.workMode) : undefined,
		f.category.length
			? sql`${postings.acceptedCategories} && ${sql.param(f.category)}::smallint[]`
			: undefined,
		f.accommodations.length
			? sql`${postings.accommodations} @> ${sql.param(f.accommodations)}::text[]`
			: undefined,
		f.payMin !== undefined ? sql`${postings.payMax} >= ${f.payMin}` : undefined,
		f.fair
			? sql`exists (select 1 from ${fairPostings} where ${fairPostings.postingId} = ${postings.id} and ${fairPostings.fairId} = ${f.fair})`
			: undefined,
	)!;
}

export type PostingFilterContext = {
	/** YYYY-MM-DD in 五台县: postings whose closing date is before it are not shown. */
	today: string;
	/** word → words meaning the same (the search index's synonyms setting) */
	synonyms: Record<string, string[]>;
	/** leave Latin words out: the caller matches them against the pinyin of each posting */
	pinyinByCaller?: boolean;
};

/** Published, and not past its closing date. */
export const visibleSql = (today: string) =>
	and(
		eq(postings.status, 'published'),
		sql`(${postings.closingDate} is null or ${postings.closingDate} >= ${today}::date)`,
	)!;

/** Today in 五台县 (UTC+8, no daylight saving) as YYYY-MM-DD. */
export const localDay = (d: Date) =>
	new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Meilisearch reads the first 10 words of a query and ignores the rest; so do we. */
const MAX_QUERY_WORDS = 10;

/** The words of a query, as the search and the database read them. */
export const queryWords = (q: string | undefined) =>
	(q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);

/** The words of a query that are not pinyin (see `pinyinByCaller`). */
export const textWords = (q: string | undefined) =>
	queryWords(q).filter((w) => !LATIN_WORD.test(w));

/** The query words written in Latin letters, which the index matches against pinyin. */
export const latinWords = (q: string | undefined) =>
	queryWords(q).filter((w) => LATIN_WORD.test(w));

/** A word and the words people type for the same thing. */
export const withSynonyms = (word: string, synonyms: Record<string, string[]>) => [
	word,
	...(synonyms[word] ?? []),
];

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Text match of one word: ILIKE on title + description (the expression of the pg_trgm index
 * postings_text_trgm_idx, so words of 3+ characters use it), employer, township, occupation
 * name and aliases (the index searches the same fields).
 */
function wordMatches(word: string): SQL {
	const p = likePattern(word);
	return or(
		sql`(${postings.title} || ' ' || ${postings.description}) ilike ${p}`,
		sql`${employers.name} ilike ${p}`,
		sql`${townships.name} ilike ${p}`,
		sql`${occupations.name} ilike ${p}`,
		sql`array_to_string(${occupations.aliases}, ' ') ilike ${p}`,
	)!;
}
