import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Settings } from 'meilisearch';
import type { Db } from '@ronghe/db';
import { employers, fairPostings, occupations, postings, townships } from '@ronghe/db/schema';
import type { SearchDocument } from '../engine.js';
import { pinyinTerms } from '../pinyin.js';
import { synonymsSetting } from '../synonyms.js';

/** `closingDay` of a posting without a closing date: after every real day. */
export const NO_CLOSING_DAY = 99_991_231;

/** A date as the number YYYYMMDD, so "still open" is a numeric filter (`closingDay >= today`). */
export function dayNumber(date: string | Date): number {
	const iso = typeof date === 'string' ? date : date.toISOString();
	return Number(iso.slice(0, 10).replaceAll('-', ''));
}

/**
 * The postings index: published postings only. Disability data of people never goes here;
 * `acceptedCategories` is what the employer can accommodate, not data about a person.
 */
const settings: Settings = {
	// Chinese fields first so that a match in characters outranks a match in pinyin
	searchableAttributes: [
		'title',
		'occupationName',
		'occupationAliases',
		'employerName',
		'townshipName',
		'description',
		'pinyin',
		'pinyinInitials',
	],
	filterableAttributes: [
		'townshipCode',
		'postType',
		'workMode',
		'acceptedCategories',
		'acceptedLevels',
		'payMin',
		'payMax',
		'accommodations',
		'employerAccessibility',
		'fairIds',
		'closingDay',
	],
	sortableAttributes: ['publishedAt', 'payMin', 'payMax', '_geo'],
	// `sort` first: when a person asks for newest, highest pay or nearest, that order holds
	// strictly among the matches; without a sort the relevance rules decide. `attribute` comes
	// before `proximity`: a title with both words (线上文字客服（居家）for 居家客服) is a better
	// answer than a description that happens to hold them side by side
	rankingRules: ['sort', 'words', 'typo', 'attribute', 'proximity', 'exactness'],
	// Proximity only tells apart words in the same field from words in different fields: with
	// `attribute` ranked first that is all it decides, and indexing and text searches are faster
	proximityPrecision: 'byAttribute',
	synonyms: synonymsSetting(),
	// Chinese words are one to four characters, so the default word sizes (5 and 9) keep typos
	// to pinyin; initials (`am`, `kf`) and numbers are exact, a typo there finds nonsense
	typoTolerance: {
		enabled: true,
		minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
		disableOnWords: [],
		disableOnAttributes: ['pinyinInitials'],
		disableOnNumbers: true,
	},
	// the result count on the page is exact up to this many matches
	pagination: { maxTotalHits: 10_000 },
	// the pinyin fields are Latin words and keep the default tokenizer
	localizedAttributes: [
		{
			attributePatterns: [
				'title',
				'occupationName',
				'occupationAliases',
				'employerName',
				'townshipName',
				'description',
			],
			locales: ['cmn'],
		},
	],
};

const fairIdsOf = sql<string[]>`coalesce((select array_agg(${fairPostings.fairId}::text)
	from ${fairPostings} where ${fairPostings.postingId} = ${postings.id}), '{}')`;

export const postingsIndex = {
	uid: 'postings',
	primaryKey: 'id',
	settings,
	async load(db: Db, ids: string[]): Promise<SearchDocument[]> {
		if (ids.length === 0) return [];
		const rows = await db
			.select({
				id: postings.id,
				title: postings.title,
				description: postings.description,
				postType: postings.postType,
				workMode: postings.workMode,
				townshipCode: postings.townshipCode,
				townshipName: townships.name,
				employerName: employers.name,
				employerAccessibility: employers.accessibility,
				occupationName: occupations.name,
				occupationAliases: occupations.aliases,
				payMin: postings.payMin,
				payMax: postings.payMax,
				acceptedCategories: postings.acceptedCategories,
				acceptedLevels: postings.acceptedLevels,
				accommodations: postings.accommodations,
				socialInsurance: postings.socialInsurance,
				fairIds: fairIdsOf,
				latitude: postings.latitude,
				longitude: postings.longitude,
				publishedAt: postings.publishedAt,
				closingDate: postings.closingDate,
			})
			.from(postings)
			.innerJoin(employers, eq(employers.id, postings.employerId))
			.innerJoin(townships, eq(townships.code, postings.townshipCode))
			.leftJoin(occupations, eq(occupations.code, postings.occupationCode))
			.where(and(inArray(postings.id, ids), eq(postings.status, 'published')));
		return rows.map(toDocument);
	},
};

type Row = {
	title: string;
	employerName: string;
	townshipName: string;
	occupationName: string | null;
	occupationAliases: string[] | null;
	latitude: number | null;
	longitude: number | null;
	publishedAt: Date | null;
	closingDate: string | null;
	id: string;
} & Record<string, unknown>;

/** The document for one published posting row (also used by benchmarks and bulk loads). */
export function toDocument({
	latitude,
	longitude,
	publishedAt,
	closingDate,
	...row
}: Row): SearchDocument {
	const terms = pinyinTerms(
		`${row.title} ${row.employerName} ${row.townshipName} ${row.occupationName ?? ''}`,
	);
	return {
		...row,
		occupationName: row.occupationName ?? '',
		occupationAliases: row.occupationAliases ?? [],
		pinyin: terms.full,
		pinyinInitials: terms.initials,
		publishedAt: publishedAt ? publishedAt.getTime() : null,
		closingDay: closingDate ? dayNumber(closingDate) : NO_CLOSING_DAY,
		...(latitude != null && longitude != null ? { _geo: { lat: latitude, lng: longitude } } : {}),
	};
}

export const INDEXES = [postingsIndex] as const;
export type IndexDefinition = (typeof INDEXES)[number];
