import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { WORK_MODES } from './labels.js';

const blankToUndefined = z.literal('').transform(() => undefined);

export const CandidateListQuerySchema = PageQuerySchema.extend({
	township: z
		.string()
		.regex(/^\d{9}$/, '乡镇代码应为 9 位数字')
		.optional()
		.or(blankToUndefined),
	workMode: z.enum(WORK_MODES, { error: '工作方式不在可选范围内' }).optional().or(blankToUndefined),
});
export type CandidateListQuery = z.infer<typeof CandidateListQuerySchema>;

/**
 * Why an employer may see this seeker: they applied to one of its postings, accepted its
 * invitation, or chose to show their profile to approved employers (with the share consent).
 */
export const CANDIDATE_VIA = ['applied', 'invited', 'shared'] as const;
export type CandidateVia = (typeof CANDIDATE_VIA)[number];
export const CANDIDATE_VIA_LABELS: Record<CandidateVia, string> = {
	applied: '投递了本单位的岗位',
	invited: '接受了本单位的邀请',
	shared: '本人同意给用人单位看简介',
};

/**
 * What an employer sees of a seeker. Name and phone only when the seeker applied, accepted an
 * invitation or chose the `full` disclosure level; category and level only when the seeker applied
 * or accepted and has not withdrawn the disability-data consent. Never ID or certificate numbers.
 */
export const CandidateSummarySchema = z.object({
	personId: z.uuid(),
	via: z.enum(CANDIDATE_VIA),
	fullName: z.string().nullable(),
	townshipCode: z.string(),
	townshipName: z.string(),
	/** For example `25–34 岁`: never the birth date. */
	ageBand: z.string(),
	/** The names of the occupations the seeker wishes for (codes are looked up). */
	desiredOccupations: z.array(z.string()),
	desiredWorkModes: z.array(z.string()),
	skills: z.array(z.string()),
});
export type CandidateSummary = z.infer<typeof CandidateSummarySchema>;

export const CandidateSchema = CandidateSummarySchema.extend({
	phoneMasked: z.string().nullable(),
	category: z.number().int().nullable(),
	level: z.number().int().nullable(),
	education: z.string(),
	expectedPayMin: z.number().int().nullable(),
	maxTravelKm: z.number().int().nullable(),
	trainingCertificates: z.array(z.string()),
	/**
	 * Ability item code → 0 做不到 / 1 有些困难 / 2 没有困难. Empty, like `passportNeeds`, once the
	 * seeker has withdrawn the disability-data consent.
	 */
	ability: z.record(z.string(), z.number().int()),
	/**
	 * Whether the seeker shared the 沟通与无障碍需求 passport with this employer (ticked on an
	 * application here, with the disability-data consent); `preferredContact` and
	 * `passportNeeds` are empty when not.
	 */
	passportShared: z.boolean(),
	preferredContact: z.array(z.string()),
	passportNeeds: z.array(z.string()),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const CandidateListSchema = pageOf(CandidateSummarySchema);
export type CandidateList = z.infer<typeof CandidateListSchema>;

export const CandidateParamsSchema = z.object({ personId: UuidSchema });
