import { describe, expect, it } from 'vitest';
import { htmlClassFor, parseA11yCookie, serializeA11yCookie } from './a11y';

describe('a11y cookie', () => {
	it('round-trips every combination', () => {
		for (const largeText of [true, false]) {
			for (const highContrast of [true, false]) {
				const settings = { largeText, highContrast };
				expect(parseA11yCookie(serializeA11yCookie(settings))).toEqual(settings);
			}
		}
	});

	it('writes the documented format', () => {
		expect(serializeA11yCookie({ largeText: true, highContrast: false })).toBe(
			'text=large;contrast=normal',
		);
	});

	it('accepts ; & and , between pairs, in any order', () => {
		const both = { largeText: true, highContrast: true };
		expect(parseA11yCookie('text=large;contrast=high')).toEqual(both);
		expect(parseA11yCookie('contrast=high&text=large')).toEqual(both);
		expect(parseA11yCookie('text=large, contrast=high')).toEqual(both);
		expect(parseA11yCookie('text=large')).toEqual({ largeText: true, highContrast: false });
	});

	it('treats a missing or malformed cookie as all off', () => {
		const off = { largeText: false, highContrast: false };
		expect(parseA11yCookie(undefined)).toEqual(off);
		expect(parseA11yCookie('')).toEqual(off);
		expect(parseA11yCookie('{"largeText":true}')).toEqual(off);
		expect(parseA11yCookie('text=huge&contrast=1')).toEqual(off);
	});
});

describe('htmlClassFor', () => {
	it('lists the classes for the chosen settings', () => {
		expect(htmlClassFor({ largeText: false, highContrast: false })).toBe('');
		expect(htmlClassFor({ largeText: true, highContrast: true })).toBe('text-large contrast-high');
	});
});
