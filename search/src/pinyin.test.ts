import { describe, expect, it } from 'vitest';
import { pinyinMatches, pinyinTerms } from './pinyin.js';

const words = (s: string) => s.split(' ');

describe('pinyinTerms', () => {
	it('lets 按摩 be found by its full pinyin and its initials', () => {
		const terms = pinyinTerms('盲人按摩师');
		expect(words(terms.full)).toEqual(
			expect.arrayContaining(['anmo', 'mangren', 'anmoshi', 'mangrenanmo']),
		);
		expect(words(terms.initials)).toEqual(expect.arrayContaining(['am', 'mr', 'mram']));
	});

	it('covers words that a word splitter cuts apart, such as 客服', () => {
		const terms = pinyinTerms('居家客服专员');
		expect(words(terms.full)).toEqual(expect.arrayContaining(['kefu', 'jujia', 'jujiakefu']));
		expect(words(terms.initials)).toContain('kf');
	});

	it('reads polyphonic characters from context and drops tones', () => {
		expect(words(pinyinTerms('银行柜员').full)).toContain('yinhang');
		expect(words(pinyinTerms('重庆').full)).toContain('chongqing');
		expect(pinyinTerms('绿色').full).toContain('lvse');
	});

	it('ignores Latin letters and digits, and keeps a lone character as one syllable', () => {
		expect(pinyinTerms('A3 级 PS').full).toBe('ji');
		expect(pinyinTerms('Excel 2016')).toEqual({ full: '', initials: '' });
	});
});

describe('pinyinMatches', () => {
	it('finds 按摩 by anmo, an mo, am and a started word, but not by other pinyin', () => {
		const text = '盲人保健按摩师 台城镇';
		expect(pinyinMatches(['anmo'], text)).toBe(true);
		expect(pinyinMatches(['an', 'mo'], text)).toBe(true);
		expect(pinyinMatches(['AM'], text)).toBe(true);
		expect(pinyinMatches(['anm'], text)).toBe(true);
		expect(pinyinMatches(['kefu'], text)).toBe(false);
		expect(pinyinMatches(['kefu'], '居家客服专员')).toBe(true);
	});
});
