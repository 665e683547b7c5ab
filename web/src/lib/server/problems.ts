import { z } from 'zod';
import type { Problem } from '@ronghe/contracts';

const hasChinese = (text: string | undefined): text is string =>
	text !== undefined && /\p{Script=Han}/u.test(text);

/** One plain Chinese sentence for a problem, whatever language the source used. */
export function problemMessage(problem: Problem): string {
	if (hasChinese(problem.detail)) return problem.detail;
	if (hasChinese(problem.title)) return problem.title;
	if (problem.status === 404) return '没有找到要找的内容。';
	if (problem.status >= 500) return '服务暂时不可用，请稍后再试。';
	return '请求没有成功，请检查后再试。';
}

/** The per-field messages of a validation problem, in Chinese where the API gave Chinese. */
export function problemFieldMessages(problem: Problem): string[] {
	return (problem.errors ?? []).map((e) => e.detail).filter(hasChinese);
}

export type FieldErrors<K extends string> = Partial<Record<K, string[]>>;

/** What a failed form action sends back: messages by field and/or one for the whole form. */
export type FormErrors<K extends string> = { errors: FieldErrors<K>; message?: string };

export type Issue = { path: (string | number)[]; message: string };

/**
 * The messages of a zod error or of an API problem, each with the body path it is about. A
 * problem's `errors[].pointer` (`#/disabledEmployees/1/level`) becomes the same path as zod's
 * (`['disabledEmployees', 1, 'level']`), so a form maps both with one function.
 */
export function issuesOf(source: z.ZodError | Problem): Issue[] {
	if (source instanceof z.ZodError)
		return source.issues.map((i) => ({
			path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
			message: i.message,
		}));
	return (source.errors ?? []).map((e) => ({
		path: e.pointer
			.replace(/^#?\//, '')
			.split('/')
			.filter(Boolean)
			.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
		message: e.detail,
	}));
}

/**
 * A failed check as a form shows it, whether the web's own zod check or the API's problem said
 * no: messages for the listed fields (the first step of the path) go next to those fields;
 * when none of them is named, one message for the whole form. `codeFields` names the field
 * that a problem with no pointer belongs to by its code (`phone_taken` → `phone`).
 */
export function fieldErrors<K extends string>(
	source: z.ZodError | Problem,
	fields: readonly K[],
	codeFields: Partial<Record<string, K>> = {},
): FormErrors<K> {
	const fromApi = !(source instanceof z.ZodError);
	const byCode = fromApi ? codeFields[source.code] : undefined;
	if (fromApi && byCode && fields.includes(byCode))
		return { errors: { [byCode]: [problemMessage(source)] } as FieldErrors<K> };
	const errors: FieldErrors<K> = {};
	const issues = issuesOf(source);
	for (const { path, message } of issues) {
		const field = fields.find((f) => f === path[0]);
		// the API's own English messages are not shown; the form-wide sentence stands for them
		if (field && (!fromApi || hasChinese(message))) (errors[field] ??= []).push(message);
	}
	if (Object.keys(errors).length) return { errors };
	return { errors, message: fromApi ? problemMessage(source) : issues[0]?.message };
}

/** The failures of several checks of one form (the address part and the body) as one zod error. */
export function joinErrors(...results: { success: boolean; error?: z.ZodError }[]): z.ZodError {
	return new z.ZodError(results.flatMap((r) => r.error?.issues ?? []));
}
