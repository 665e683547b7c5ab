import { z } from 'zod';

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
