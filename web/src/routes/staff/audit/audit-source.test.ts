import { describe, expect, it } from 'vitest';
import { shortUserAgent } from './audit-source';

describe('shortUserAgent', () => {
	it('names the browser, its version and the system', () => {
		const android =
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36';
		expect(shortUserAgent(android)).toBe('Chrome 120 · Android');
		const wechat =
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44';
		expect(shortUserAgent(wechat)).toBe('微信 8 · iOS');
	});

	it('cuts an unknown agent to 40 characters and shows nothing for none', () => {
		expect(shortUserAgent('curl/8.5.0')).toBe('curl/8.5.0');
		expect(shortUserAgent('x'.repeat(300))).toBe(`${'x'.repeat(40)}…`);
		expect(shortUserAgent(null)).toBe('');
	});
});
