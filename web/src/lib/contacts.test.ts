import { describe, expect, it } from 'vitest';
import { contactFor, telHref } from './contacts';

describe('telHref', () => {
	it('keeps digits and dials an extension after a pause', () => {
		expect(telHref('0350-0000 001')).toBe('tel:03500000001');
		expect(telHref('（0350）0000-001 转 8')).toBe('tel:03500000001,8');
		expect(telHref('+86 138 0000 0000')).toBe('tel:+8613800000000');
	});
});

describe('contactFor', () => {
	it('finds a contact by key and tolerates a missing list', () => {
		const c = { key: 'federation' } as never;
		expect(contactFor({ site: {} as never, contacts: [c] }, 'federation')).toBe(c);
		expect(contactFor(null, 'federation')).toBeUndefined();
		expect(contactFor({ site: {} as never, contacts: [c] }, null)).toBeUndefined();
	});
});
