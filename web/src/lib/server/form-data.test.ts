import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Problem } from '@ronghe/contracts';
import { failWith, readForm } from './form-data';

describe('readForm', () => {
	it('reads a normal form post', async () => {
		const req = new Request('http://x/', { method: 'POST', body: new URLSearchParams({ a: '1' }) });
		expect((await readForm(req))?.get('a')).toBe('1');
	});

	it('gives null instead of throwing for a body that is not a form', async () => {
		const req = new Request('http://x/', {
			method: 'POST',
			body: '--x\r\nbroken',
			headers: { 'content-type': 'multipart/form-data' },
		});
		expect(await readForm(req)).toBeNull();
	});
});

describe('failWith', () => {
	const values = { phone: '12' };

	it('answers the web check with 400 and the problem with its own status, the same way', () => {
		const parsed = z
			.object({ phone: z.string().length(11, '手机号应为 11 位。') })
			.safeParse(values);
		if (parsed.success) throw new Error('expected the check to fail');
		const problem: Problem = {
			type: 'about:blank',
			title: 'x',
			status: 422,
			code: 'validation_failed',
			errors: [{ pointer: '#/phone', detail: '手机号应为 11 位。' }],
		};
		const fromWeb = failWith(parsed.error, ['phone'], { values });
		const fromApi = failWith(problem, ['phone'], { values });
		expect(fromWeb.status).toBe(400);
		expect(fromApi.status).toBe(422);
		expect(fromWeb.data).toEqual({ values, errors: { phone: ['手机号应为 11 位。'] } });
		expect(fromApi.data).toEqual(fromWeb.data);
	});
});
