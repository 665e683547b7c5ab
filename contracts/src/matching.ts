import { z } from 'zod';
import { CANDIDATE_VIA } from './candidates.js';
import { POST_TYPES } from './labels.js';

/**
 * Matching answers (issue 13 §5, docs/matching.md). Every reason, gap and exclusion is a stable
 * code with a plain Chinese sentence; the codes are for programs, the sentences for people.
 */

/** The hard rules that leave a posting out for a seeker. */
export const EXCLUSION_CODES = [
	'posting_closed',
	'category_not_accepted',
	'level_not_accepted',
	'essential_demand_unmet',
	'certificate_missing',
	'too_far',
	'public_welfare_ineligible',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

export const MatchReasonSchema = z.object({ code: z.string(), text: z.string() });
export type MatchReason = z.infer<typeof MatchReasonSchema>;

export const RecommendationSchema = z.object({
	postingId: z.uuid(),
	title: z.string(),
	employerName: z.string(),
	postType: z.enum(POST_TYPES),
	townshipCode: z.string(),
	/** 0–100: how well the posting fits (the order also weighs how crowded a posting is). */
	score: z.number().int().min(0).max(100),
	reasons: z.array(MatchReasonSchema),
	gaps: z.array(MatchReasonSchema),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const RecommendationListSchema = z.object({
	/** False when the seeker switched personalised recommendations off (PIPL art. 24). */
	personalised: z.boolean(),
	total: z.number().int(),
	items: z.array(RecommendationSchema),
});
export type RecommendationList = z.infer<typeof RecommendationListSchema>;

export const RecommendationQuerySchema = z.object({
	limit: z.coerce
		.number({ error: '条数要写数字。' })
		.int('条数要写整数。')
		.min(1, '至少 1 条。')
		.max(100, '最多 100 条。')
		.default(20),
});
export type RecommendationQuery = z.infer<typeof RecommendationQuerySchema>;

/** “为什么没有推荐给我”: the hard rules that left one posting out, or its score. */
export const RecommendationCheckSchema = z.object({
	postingId: z.uuid(),
	eligible: z.boolean(),
	excluded: z.array(z.object({ code: z.enum(EXCLUSION_CODES), text: z.string() })),
	score: z.number().int().min(0).max(100).nullable(),
	reasons: z.array(MatchReasonSchema),
	gaps: z.array(MatchReasonSchema),
});
export type RecommendationCheck = z.infer<typeof RecommendationCheckSchema>;

export const CandidateMatchQuerySchema = RecommendationQuerySchema.extend({
	limit: RecommendationQuerySchema.shape.limit.unwrap().default(50),
});
export type CandidateMatchQuery = z.infer<typeof CandidateMatchQuerySchema>;

/**
 * Seekers for one posting, best first. Only seekers the employer may see, and reasons that use
 * only what each seeker shares with this employer: abilities and needs only with the
 * disability-data consent, never a category, level or priority status.
 */
export const CandidateMatchSchema = z.object({
	personId: z.uuid(),
	/** Null unless the seeker applied, accepted an invitation or shows their name to employers. */
	name: z.string().nullable(),
	score: z.number().int().min(0).max(100),
	reasons: z.array(MatchReasonSchema),
	gaps: z.array(MatchReasonSchema),
	via: z.enum(CANDIDATE_VIA),
});
export type CandidateMatch = z.infer<typeof CandidateMatchSchema>;

export const CandidateMatchListSchema = z.object({
	total: z.number().int(),
	items: z.array(CandidateMatchSchema),
});
export type CandidateMatchList = z.infer<typeof CandidateMatchListSchema>;

export const PersonalisationBodySchema = z.object({
	personalised: z.boolean({ error: '请选择要不要按您的情况推荐。' }),
});
export type PersonalisationBody = z.infer<typeof PersonalisationBodySchema>;
