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

/**
 * A problem as a form shows it: messages for the listed fields (from `errors[].pointer`, such as
 * `#/phone`) go next to those fields; everything else becomes one message for the whole form.
 */
export function problemFormErrors<K extends string>(
	problem: Problem,
	fields: readonly K[],
): FormErrors<K> {
	const errors: FieldErrors<K> = {};
	for (const item of problem.errors ?? []) {
		const name = item.pointer.replace(/^#?\//, '').split('/')[0];
		const field = fields.find((f) => f === name);
		if (field && hasChinese(item.detail)) (errors[field] ??= []).push(item.detail);
	}
	return Object.keys(errors).length ? { errors } : { errors, message: problemMessage(problem) };
}
