import { z } from 'zod';
import { UuidSchema } from './common.js';

/*
 * The fair-wide interview allocation (issue 14 §5): seekers' wishes, the organisers' proposal
 * and what they confirm. The rest of a fair's contracts are in fairs.ts.
 */

const Iso = z.iso.datetime({ offset: true });

/** A seeker's wish list of booths to interview with, best first (the allocation's preferences). */
export const InterviewRequestsInputSchema = z.object({
	boothIds: z.array(UuidSchema).max(20, '最多选 20 个单位。'),
});
export const InterviewRequestsSchema = z.object({
	boothIds: z.array(z.uuid()),
});

export const ALLOCATION_CODE_LABELS = {
	no_interpreter_free: '这个时段没有空闲的手语翻译',
	slots_full: '这个单位的面试时段都排满了',
	seeker_limit: '已经达到这位求职者想要的面试次数',
	time_conflict: '剩下的时段和这位求职者的其他面试冲突',
	no_slots: '这个单位没有面试时段',
} as const;

/** A proposed or confirmed interview of the fair-wide allocation. */
export const AllocationAssignmentSchema = z.object({
	personId: z.uuid(),
	name: z.string(),
	boothId: z.uuid(),
	employerName: z.string(),
	slotId: z.uuid(),
	startsAt: Iso,
	endsAt: Iso,
	interpreterId: z.uuid().nullable(),
	interpreterName: z.string().nullable(),
	score: z.number().int(),
	preference: z.number().int(),
});
export const AllocationProposalSchema = z.object({
	assignments: z.array(AllocationAssignmentSchema),
	unassigned: z.array(
		z.object({
			personId: z.uuid(),
			name: z.string(),
			boothId: z.uuid(),
			employerName: z.string(),
			code: z.enum(
				Object.keys(ALLOCATION_CODE_LABELS) as [
					keyof typeof ALLOCATION_CODE_LABELS,
					...(keyof typeof ALLOCATION_CODE_LABELS)[],
				],
			),
			text: z.string(),
		}),
	),
	requests: z.number().int(),
	optimal: z.boolean(),
	ms: z.number().int(),
});
export type AllocationProposal = z.infer<typeof AllocationProposalSchema>;

/** What staff confirm after review: the assignments they keep (they may drop any). */
export const AllocationConfirmSchema = z.object({
	assignments: z
		.array(
			z.object({
				personId: UuidSchema,
				slotId: UuidSchema,
				interpreterId: UuidSchema.nullable().default(null),
			}),
		)
		.min(1, '请至少保留一个面试安排。')
		.max(20_000),
});
export const AllocationConfirmResultSchema = z.object({
	booked: z.number().int(),
	failed: z.array(z.object({ personId: z.uuid(), slotId: z.uuid(), text: z.string() })),
});
