import type { Problem } from '@ronghe/api/contracts';

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
