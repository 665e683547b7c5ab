import { describe, expect, it } from 'vitest';
import { readForm } from './form-data';

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
