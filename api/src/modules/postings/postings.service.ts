import type { Db } from '@ronghe/db';
import type { Posting, PostingList, PostingListQuery } from '../../contracts/postings.js';
import { NotFoundError } from '../../errors.js';
import type { PostingsRepository } from './postings.repository.js';

type Deps = { db: Db; postingsRepo: PostingsRepository };
export type PostingsService = ReturnType<typeof createPostingsService>;

type Row = NonNullable<Awaited<ReturnType<PostingsRepository['findPublished']>>>;

function toPosting(r: Row): Posting {
	return {
		...r,
		acceptedCategories: [...r.acceptedCategories],
		publishedAt: r.publishedAt ? r.publishedAt.toISOString() : null,
	};
}

export function createPostingsService({ db, postingsRepo }: Deps) {
	return {
		async list(q: PostingListQuery): Promise<PostingList> {
			const filter = { townshipCode: q.township, postType: q.postType };
			const [rows, total] = await Promise.all([
				postingsRepo.listPublished(db, filter, q.pageSize, (q.page - 1) * q.pageSize),
				postingsRepo.countPublished(db, filter),
			]);
			return {
				items: rows.map((r) => {
					const {
						description: _d,
						address: _a,
						occupationCode: _o,
						employerId: _e,
						...summary
					} = toPosting(r);
					return summary;
				}),
				total,
				page: q.page,
				pageSize: q.pageSize,
			};
		},
		async get(id: string): Promise<Posting> {
			const row = await postingsRepo.findPublished(db, id);
			if (!row) throw new NotFoundError('posting', id);
			return toPosting(row);
		},
	};
}
