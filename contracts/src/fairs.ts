import { z } from 'zod';

export const FairSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	description: z.string(),
	mode: z.enum(['online', 'hybrid']),
	venue: z.string(),
	organizer: z.string(),
	startsAt: z.iso.datetime({ offset: true }),
	endsAt: z.iso.datetime({ offset: true }),
	status: z.enum(['upcoming', 'live', 'finished']),
	employerCount: z.number().int().nullable(),
	postingCount: z.number().int().nullable(),
	seekerCount: z.number().int().nullable(),
	intentionCount: z.number().int().nullable(),
});
export type Fair = z.infer<typeof FairSchema>;

export const FairListSchema = z.object({ items: z.array(FairSchema) });
export type FairList = z.infer<typeof FairListSchema>;
