import { describe, expect, it } from 'vitest';
import { isPhoneLike } from './device';

const headers = (h: Record<string, string>) => new Headers(h);

describe('isPhoneLike', () => {
	it('believes the client hint first', () => {
		expect(isPhoneLike(headers({ 'sec-ch-ua-mobile': '?1' }))).toBe(true);
		const desktopHint = {
			'sec-ch-ua-mobile': '?0',
			'user-agent': 'Mozilla/5.0 (Linux; Android 14)',
		};
		expect(isPhoneLike(headers(desktopHint))).toBe(false);
	});

	it('reads the user agent when there is no hint', () => {
		const iphone =
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
		expect(isPhoneLike(headers({ 'user-agent': iphone }))).toBe(true);
		const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
		expect(isPhoneLike(headers({ 'user-agent': firefox }))).toBe(false);
		expect(isPhoneLike(headers({}))).toBe(false);
	});
});
