import { z } from 'zod';

export const HealthSchema = z.object({
	status: z.enum(['ok', 'degraded']),
	db: z.enum(['ok', 'down']),
	search: z.enum(['ok', 'down']),
	version: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
