import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LoginBodySchema, type Problem } from '@ronghe/contracts';
import { fieldErrors, issuesOf, problemMessage } from './problems';

const problem = (extra: Partial<Problem>): Problem => ({
	type: 'about:blank',
	title: 'x',
	status: 400,
	code: 'validation_failed',
	...extra,
});

describe('fieldErrors', () => {
	it('puts pointer messages next to the fields they name', () => {
		const p = problem({
			errors: [
				{ pointer: '#/phone', detail: '手机号应为 11 位数字，以 1 开头。' },
				{ pointer: '/password', detail: '请填写密码。' },
				{ pointer: '#/other', detail: '不相干。' },
			],
		});
		expect(fieldErrors(p, ['phone', 'password'])).toEqual({
			errors: { phone: ['手机号应为 11 位数字，以 1 开头。'], password: ['请填写密码。'] },
		});
	});

	it('gives one form-wide message when no field is named', () => {
		const p = problem({ status: 423, code: 'account_locked', detail: '账户已暂时锁定。' });
		expect(fieldErrors(p, ['phone'])).toEqual({ errors: {}, message: '账户已暂时锁定。' });
	});

	it('keeps English field messages out and falls back to a Chinese sentence', () => {
		const p = problem({ status: 429, errors: [{ pointer: '#/phone', detail: 'Too small' }] });
		expect(fieldErrors(p, ['phone'])).toEqual({
			errors: {},
			message: '请求没有成功，请检查后再试。',
		});
	});
});

describe('fieldErrors from either source', () => {
	const Body = z.object({
		phone: z.string().regex(/^1\d{10}$/, '手机号应为 11 位数字，以 1 开头。'),
		password: z.string().min(1, '请填写密码。'),
	});

	it('maps a zod error to the same fields as the problem with the same pointers', () => {
		const parsed = Body.safeParse({ phone: '123', password: '' });
		if (parsed.success) throw new Error('expected the check to fail');
		const fromApi = problem({
			errors: [
				{ pointer: '#/phone', detail: '手机号应为 11 位数字，以 1 开头。' },
				{ pointer: '#/password', detail: '请填写密码。' },
			],
		});
		const expected = {
			errors: { phone: ['手机号应为 11 位数字，以 1 开头。'], password: ['请填写密码。'] },
		};
		expect(fieldErrors(parsed.error, ['phone', 'password'])).toEqual(expected);
		expect(fieldErrors(fromApi, ['phone', 'password'])).toEqual(expected);
	});

	it('checks with the shared schema the way the API does', () => {
		const parsed = LoginBodySchema.safeParse({ phone: '12', password: 'x' });
		if (parsed.success) throw new Error('expected the check to fail');
		const { errors } = fieldErrors(parsed.error, ['phone', 'password']);
		expect(Object.keys(errors)).toEqual(['phone']);
	});

	it('gives a zod message for the whole form when it names no listed field', () => {
		const parsed = Body.safeParse({ phone: '13800000000', password: '' });
		if (parsed.success) throw new Error('expected the check to fail');
		expect(fieldErrors(parsed.error, ['phone'])).toEqual({ errors: {}, message: '请填写密码。' });
	});

	it('puts a problem without pointers next to the field its code belongs to', () => {
		const taken = problem({ status: 409, code: 'phone_taken', detail: '这个手机号已经注册过。' });
		expect(fieldErrors(taken, ['displayName', 'phone'], { phone_taken: 'phone' })).toEqual({
			errors: { phone: ['这个手机号已经注册过。'] },
		});
		// a form without that field shows it as the whole form's message
		const onlyName: string[] = ['displayName'];
		expect(fieldErrors(taken, onlyName, { phone_taken: 'phone' })).toEqual({
			errors: {},
			message: '这个手机号已经注册过。',
		});
	});

	it('reads nested pointers as the same path zod gives', () => {
		const fromApi = problem({
			errors: [{ pointer: '#/disabledEmployees/1/level', detail: '残疾等级应为 1 到 4。' }],
		});
		expect(issuesOf(fromApi)).toEqual([
			{ path: ['disabledEmployees', 1, 'level'], message: '残疾等级应为 1 到 4。' },
		]);
		const parsed = z
			.object({
				disabledEmployees: z.array(z.object({ level: z.number().max(4, '残疾等级应为 1 到 4。') })),
			})
			.safeParse({ disabledEmployees: [{ level: 1 }, { level: 9 }] });
		if (parsed.success) throw new Error('expected the check to fail');
		expect(issuesOf(parsed.error)).toEqual(issuesOf(fromApi));
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
