import { z } from 'zod';

export const TownshipSchema = z.object({
	code: z.string(),
	name: z.string(),
	kind: z.enum(['town', 'township']),
	countyCode: z.string(),
	latitude: z.number(),
	longitude: z.number(),
	coordinatesApproximate: z.boolean(),
});
export type Township = z.infer<typeof TownshipSchema>;

export const TownshipListSchema = z.object({ items: z.array(TownshipSchema) });
export type TownshipList = z.infer<typeof TownshipListSchema>;
