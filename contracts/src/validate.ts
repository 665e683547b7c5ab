import { z } from 'zod';

export const ValidateBodySchema = z.object({
	kind: z.enum(['id-number', 'disability-certificate', 'uscc'], {
		error:
			'请选择要检查的号码类型：id-number（身份证号码）、disability-certificate（残疾人证号）或 uscc（统一社会信用代码）。',
	}),
	value: z.string({ error: '请提供要检查的号码（文字）。' }).max(64, '号码太长：最多 64 个字符。'),
});
export type ValidateBody = z.infer<typeof ValidateBodySchema>;

export const ValidateResultSchema = z.object({
	valid: z.boolean(),
	normalized: z.string(),
	errors: z.array(z.object({ code: z.string(), message: z.string() })),
	parsed: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
});
export type ValidateResult = z.infer<typeof ValidateResultSchema>;
