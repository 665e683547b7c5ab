import { z } from 'zod';
import { APPLICATION_STATUSES } from './applications.js';
import { UuidSchema } from './common.js';
import { PROFILE_STEPS } from './profile.js';

/**
 * What waits in one work queue: how many items, and when the one waiting longest came in
 * (null when the queue is empty). The home pages show both and link to the queue.
 */
export const WaitingQueueSchema = z.object({
	count: z.number().int(),
	oldestAt: z.iso.datetime({ offset: true }).nullable(),
});
export type WaitingQueue = z.infer<typeof WaitingQueueSchema>;

/**
 * A staff member's home: the queues that wait for them. Township staff see only their own
 * township, and `null` marks a queue their role does not work on (年审 and objections are the
 * county's).
 */
export const StaffHomeSchema = z.object({
	townshipName: z.string().nullable(),
	postingReviews: WaitingQueueSchema,
	employerApprovals: WaitingQueueSchema,
	/** Priority statuses and family members seekers entered themselves, waiting for staff. */
	verifications: WaitingQueueSchema,
	annualReviews: WaitingQueueSchema.nullable(),
	objections: WaitingQueueSchema.nullable(),
});
export type StaffHome = z.infer<typeof StaffHomeSchema>;

/** An employer's home: its postings by where they stand, its candidates and its quota. */
export const EmployerHomeSchema = z.object({
	employerName: z.string(),
	employerStatus: z.enum(['pending', 'approved', 'rejected']),
	postings: z.object({
		/** Sent to staff and not yet decided. */
		submitted: WaitingQueueSchema,
		/** Sent back by staff with a reason: the employer has to change and resend them. */
		returned: z.number().int(),
		draft: z.number().int(),
		published: z.number().int(),
	}),
	/** Seekers the employer may see; null until the employer is approved. */
	candidates: z.number().int().nullable(),
	/** Last calendar year's quota, the year the 年审 and the levy are about; null if not known. */
	quota: z
		.object({
			year: z.number().int(),
			reviewStatus: z.enum(['draft', 'submitted', 'returned', 'approved']),
			figuresEntered: z.boolean(),
			requiredCount: z.number().nullable(),
			countedDisabled: z.number().nullable(),
			shortfall: z.number().nullable(),
			levyDue: z.number().nullable(),
		})
		.nullable(),
});
export type EmployerHome = z.infer<typeof EmployerHomeSchema>;

/**
 * A signed-in seeker's home: the next steps first. `profile` and `recommendations` are null
 * while the account is not yet linked to a registered person (a sign-up waiting for its code or
 * a township check).
 */
export const SeekerHomeSchema = z.object({
	linked: z.boolean(),
	profile: z
		.object({
			stepsDone: z.number().int(),
			stepsTotal: z.number().int(),
			/** the first step not finished, in the order the profile asks them; null when all are */
			nextStep: z.enum(PROFILE_STEPS).nullable(),
		})
		.nullable(),
	recommendations: z
		.object({
			personalised: z.boolean(),
			total: z.number().int(),
			/** the best three, or the newest three when personalised recommendations are off */
			top: z.array(
				z.object({
					postingId: UuidSchema,
					title: z.string(),
					employerName: z.string(),
					score: z.number().int().nullable(),
				}),
			),
		})
		.nullable(),
	applications: z.object({
		/** still moving: 已投递, 已查看, 面试, 录用意向 */
		active: z.number().int(),
		latest: z
			.object({
				id: UuidSchema,
				postingTitle: z.string(),
				status: z.enum(APPLICATION_STATUSES),
				statusChangedAt: z.iso.datetime({ offset: true }),
			})
			.nullable(),
	}),
	/** invitations the seeker has not answered yet */
	invitationsWaiting: z.number().int(),
	nextFair: z
		.object({
			id: UuidSchema,
			title: z.string(),
			startsAt: z.iso.datetime({ offset: true }),
			endsAt: z.iso.datetime({ offset: true }),
			live: z.boolean(),
		})
		.nullable(),
});
export type SeekerHome = z.infer<typeof SeekerHomeSchema>;
