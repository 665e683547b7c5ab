import { describe, expect, it } from 'vitest';
import { synonymsSetting } from './synonyms.js';

describe('synonymsSetting', () => {
	it('makes every word of a group find every other word, in both directions', () => {
		const s = synonymsSetting([
			['盲人', '视障', '低视力'],
			['按摩', '推拿'],
		]);
		expect(s['视障']?.sort()).toEqual(['低视力', '盲人'].sort());
		expect(s['推拿']).toEqual(['按摩']);
		expect(s['按摩']).toEqual(['推拿']);
	});

	it('merges groups that share a word', () => {
		const s = synonymsSetting([
			['居家', '在家'],
			['居家', '远程'],
		]);
		expect(s['居家']?.sort()).toEqual(['在家', '远程'].sort());
		expect(s['在家']).toEqual(['居家']);
	});
});
