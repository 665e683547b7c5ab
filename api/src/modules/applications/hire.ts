import type { PostType } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { markDirty } from '@ronghe/search';
import { appendEmployment } from '../employment/employment.repository.js';
import type { ApplicationsRepository } from './applications.repository.js';

/** The employment form a hire through each post type counts as (实名制统计). */
const FORM_BY_POST_TYPE = {
	quota: 'quota',
	public_welfare: 'public_welfare',
	// 盲人按摩机构 employ blind masseurs together: 集中就业
	blind_medical_massage: 'concentrated',
	blind_health_massage: 'concentrated',
	auxiliary_employment: 'auxiliary',
	home_based: 'flexible',
	rural_support_base: 'rural_farming',
} as const satisfies Record<PostType, string>;

/** Beijing calendar day of a moment, as YYYY-MM-DD. */
export const beijingDay = (d: Date) =>
	new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A hire makes the person employed (a record of their history) and, once hires reach the headcount, fills the posting
 * (which leaves the public search through the outbox).
 */
export async function afterHire(
	tx: Db,
	repo: ApplicationsRepository,
	posting: {
		id: string;
		headcount: number;
		postType: PostType;
		status: string;
		employerId: string;
		employerName: string;
	},
	personId: string,
	at: Date,
) {
	// the hire is a new record of the person's employment history (实名制, docs/employment.md)
	await appendEmployment(tx, {
		personId,
		status: 'employed',
		form: FORM_BY_POST_TYPE[posting.postType],
		employerId: posting.employerId,
		employerName: posting.employerName,
		startedOn: beijingDay(at),
		source: 'hire',
		createdAt: at,
	});
	if (
		posting.status === 'published' &&
		(await repo.hiredCount(tx, posting.id)) >= posting.headcount
	) {
		await repo.markFilled(tx, posting.id);
		await markDirty(tx, 'postings', posting.id);
	}
}
