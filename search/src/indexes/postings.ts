import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employers, postings, townships } from '@ronghe/db/schema';
import type { Settings } from 'meilisearch';
import type { SearchDocument } from '../engine.js';
import { pinyinTerms } from '../pinyin.js';
import { synonymsSetting } from '../synonyms.js';

/**
 * The postings index: published postings only. Disability data of people never goes here;
 * `acceptedCategories` is what the employer can accommodate, not data about a person.
 */
const settings: Settings = {
	// Chinese fields first so that a match in characters outranks a match in pinyin
	searchableAttributes: [
		'title',
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
		'payMin',
		'payMax',
		'accommodations',
	],
	sortableAttributes: ['publishedAt', 'payMin', 'payMax', '_geo'],
	synonyms: synonymsSetting(),
	// the pinyin fields are Latin words and keep the default tokenizer
	localizedAttributes: [
		{
			attributePatterns: ['title', 'employerName', 'townshipName', 'description'],
			locales: ['cmn'],
		},
	],
};

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
				payMin: postings.payMin,
				payMax: postings.payMax,
				acceptedCategories: postings.acceptedCategories,
				accommodations: postings.accommodations,
				latitude: postings.latitude,
				longitude: postings.longitude,
				publishedAt: postings.publishedAt,
			})
			.from(postings)
			.innerJoin(employers, eq(employers.id, postings.employerId))
			.innerJoin(townships, eq(townships.code, postings.townshipCode))
			.where(and(inArray(postings.id, ids), eq(postings.status, 'published')));
		return rows.map(({ latitude, longitude, publishedAt, ...row }) => {
			const terms = pinyinTerms(`${row.title} ${row.employerName} ${row.townshipName}`);
			return {
				...row,
				pinyin: terms.full,
				pinyinInitials: terms.initials,
				publishedAt: publishedAt ? publishedAt.getTime() : null,
				...(latitude != null && longitude != null
					? { _geo: { lat: latitude, lng: longitude } }
					: {}),
			};
		});
	},
};

export const INDEXES = [postingsIndex] as const;
export type IndexDefinition = (typeof INDEXES)[number];
