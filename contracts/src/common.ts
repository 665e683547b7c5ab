import { z } from 'zod';

/** RFC 9457 problem details, with our extension members. */
export const ProblemSchema = z
	.looseObject({
		type: z.string(),
		title: z.string(),
		status: z.number().int(),
		detail: z.string().optional(),
		instance: z.string().optional(),
		code: z.string(),
		requestId: z.string().optional(),
		errors: z
			.array(z.object({ pointer: z.string(), detail: z.string(), in: z.string().optional() }))
			.optional(),
	})
	.meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

export const PageQuerySchema = z.object({
	page: z.coerce.number().int().min(1, '页码最小为 1').max(10_000, '页码过大').default(1),
	pageSize: z.coerce.number().int().min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(20),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
	return z.object({
		items: z.array(item),
		total: z.number().int(),
		page: z.number().int(),
		pageSize: z.number().int(),
	});
}

export const UuidSchema = z.uuid({ error: '编号格式不正确' });
