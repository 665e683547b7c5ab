import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

const origin = 'https://jobs.example.cn';

describe('safeReturnTo', () => {
	it('keeps a local path with its query and hash', () => {
		expect(safeReturnTo('/jobs?page=2&township=140922100#results', origin)).toBe(
			'/jobs?page=2&township=140922100#results',
		);
		expect(safeReturnTo('/', origin)).toBe('/');
	});

	it.each([
		['//evil.example/x'],
		['/\\evil.example'],
		['https://evil.example/'],
		['javascript:alert(1)'],
		['jobs'],
		['/jobs\n/x'],
		['/.//evil.example'],
		['/a/..//evil.example'],
		['/%2e//evil.example'],
		[''],
	])('rejects %j', (value) => {
		expect(safeReturnTo(value, origin)).toBeNull();
	});

	it('rejects values that are not strings', () => {
		expect(safeReturnTo(null, origin)).toBeNull();
		expect(safeReturnTo(undefined, origin)).toBeNull();
	});
});
