import { describe, expect, it } from 'vitest';
import { useApi } from '../support/app.js';

describe('POST /api/validate', () => {
	const t = useApi();
	const post = (payload: unknown, headers: Record<string, string> = {}) =>
		t.app.inject({ method: 'POST', url: '/api/validate', payload: payload as string, headers });

	it('checks a certificate typed with full-width digits and reads category and level', async () => {
		const res = await post({
			kind: 'disability-certificate',
			value: '１４０９２２１９９００１０１１２３８４１',
		});
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({
			valid: true,
			normalized: '14092219900101123841',
			errors: [],
			parsed: {
				idNumber: '140922199001011238',
				category: 4,
				categoryName: '肢体残疾',
				level: 1,
				sex: 'male',
			},
		});
	});

	it('answers 200 with valid false and a Chinese reason for a mistyped ID number', async () => {
		const res = await post({ kind: 'id-number', value: '140922199001011239' });
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body.valid).toBe(false);
		expect(body.errors).toEqual([
			{ code: 'checksum_mismatch', message: expect.stringContaining('应为“8”') },
		]);
	});

	it('marks a USCC with a wrong check character as checksum_mismatch', async () => {
		const res = await post({ kind: 'uscc', value: '91350211M0000XUF46' });
		expect(res.json()).toMatchObject({
			valid: false,
			errors: [{ code: 'checksum_mismatch' }],
			parsed: { entityTypeName: '企业' },
		});
	});

	it('returns a 400 problem only when the body itself is malformed', async () => {
		const unknownKind = await post({ kind: 'passport', value: 'x' });
		expect(unknownKind.statusCode).toBe(400);
		expect(unknownKind.headers['content-type']).toContain('application/problem+json');
		expect(unknownKind.json().errors[0]).toMatchObject({ pointer: '#/kind', in: 'body' });
		expect(unknownKind.json().errors[0].detail).toContain('身份证号码');

		const noValue = await post({ kind: 'uscc' });
		expect(noValue.json().errors[0].pointer).toBe('#/value');

		const broken = await post('{"kind": ', { 'content-type': 'application/json' });
		expect(broken.statusCode).toBe(400);
		expect(broken.json().detail).toBe('提交的内容不是有效的 JSON。');

		const text = await post('<a/>', { 'content-type': 'application/xml' });
		expect(text.statusCode).toBe(415);
		expect(text.json().detail).toContain('JSON');
	});
});
