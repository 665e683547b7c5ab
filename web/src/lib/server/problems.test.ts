import { describe, expect, it } from 'vitest';
import type { Problem } from '@ronghe/contracts';
import { problemFormErrors, problemMessage } from './problems';

const problem = (extra: Partial<Problem>): Problem => ({
	type: 'about:blank',
	title: 'x',
	status: 400,
	code: 'validation_failed',
	...extra,
});

describe('problemFormErrors', () => {
	it('puts pointer messages next to the fields they name', () => {
		const p = problem({
			errors: [
				{ pointer: '#/phone', detail: '手机号应为 11 位数字，以 1 开头。' },
				{ pointer: '/password', detail: '请填写密码。' },
				{ pointer: '#/other', detail: '不相干。' },
			],
		});
		expect(problemFormErrors(p, ['phone', 'password'])).toEqual({
			errors: { phone: ['手机号应为 11 位数字，以 1 开头。'], password: ['请填写密码。'] },
		});
	});

	it('gives one form-wide message when no field is named', () => {
		const p = problem({ status: 423, code: 'account_locked', detail: '账户已暂时锁定。' });
		expect(problemFormErrors(p, ['phone'])).toEqual({ errors: {}, message: '账户已暂时锁定。' });
	});

	it('keeps English field messages out and falls back to a Chinese sentence', () => {
		const p = problem({ status: 429, errors: [{ pointer: '#/phone', detail: 'Too small' }] });
		expect(problemFormErrors(p, ['phone'])).toEqual({
			errors: {},
			message: '请求没有成功，请检查后再试。',
		});
	});
});

describe('problemMessage', () => {
	it('prefers a Chinese detail, then a Chinese title', () => {
		expect(problemMessage(problem({ detail: '请先登录。' }))).toBe('请先登录。');
		expect(problemMessage(problem({ title: '尝试次数太多', detail: 'Too many' }))).toBe(
			'尝试次数太多',
		);
		expect(problemMessage(problem({ status: 503 }))).toBe('服务暂时不可用，请稍后再试。');
	});
});
