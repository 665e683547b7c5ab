import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employers, postings, townships } from '@ronghe/db/schema';

export type PostingFilter = {
	townshipCode?: string | undefined;
	postType?: (typeof postings.postType.enumValues)[number] | undefined;
};

const columns = {
	id: postings.id,
	title: postings.title,
	description: postings.description,
	address: postings.address,
	occupationCode: postings.occupationCode,
	employerId: postings.employerId,
	employerName: employers.name,
	postType: postings.postType,
	workMode: postings.workMode,
	townshipCode: postings.townshipCode,
	townshipName: townships.name,
	payMin: postings.payMin,
	payMax: postings.payMax,
	headcount: postings.headcount,
	acceptedCategories: postings.acceptedCategories,
	accommodations: postings.accommodations,
	publishedAt: postings.publishedAt,
	closingDate: postings.closingDate,
};

function publishedWhere(f: PostingFilter): SQL | undefined {
	return and(
		eq(postings.status, 'published'),
		f.townshipCode ? eq(postings.townshipCode, f.townshipCode) : undefined,
		f.postType ? eq(postings.postType, f.postType) : undefined,
	);
}

export function createPostingsRepository() {
	const base = (db: Db) =>
		db
			.select(columns)
			.from(postings)
			.innerJoin(employers, eq(employers.id, postings.employerId))
			.innerJoin(townships, eq(townships.code, postings.townshipCode));
	return {
		async listPublished(db: Db, f: PostingFilter, limit: number, offset: number) {
			return base(db)
				.where(publishedWhere(f))
				.orderBy(desc(postings.publishedAt), desc(postings.id))
				.limit(limit)
				.offset(offset);
		},
		async countPublished(db: Db, f: PostingFilter) {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(postings)
				.where(publishedWhere(f));
			return row?.n ?? 0;
		},
		async findPublished(db: Db, id: string) {
			const [row] = await base(db).where(
				and(eq(postings.id, id), eq(postings.status, 'published')),
			);
			return row;
		},
	};
}
export type PostingsRepository = ReturnType<typeof createPostingsRepository>;
