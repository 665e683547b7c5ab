import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Problem } from '@ronghe/contracts';
import { fieldErrors } from './problems';

/**
 * The submitted form, or null when the body is not a readable form (broken multipart, a missing
 * boundary, text/plain): callers answer that with a 400 message instead of a 500.
 */
export async function readForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export const UNREADABLE_FORM = '没有收到表单内容，请回到页面重新填写后再提交。';

/**
 * A failed form action: what the person typed (`extra`) and the messages of the web's own zod
 * check (400) or of the API's problem (its status), by field (see fieldErrors for `codeFields`).
 */
export function failWith<K extends string, E extends object>(
	source: z.ZodError | Problem,
	fields: readonly K[],
	extra: E,
	codeFields: Partial<Record<string, K>> = {},
) {
	const status = source instanceof z.ZodError ? 400 : source.status;
	return fail(status, { ...extra, ...fieldErrors(source, fields, codeFields) });
}
