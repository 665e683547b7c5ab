import { describe, expect, it } from 'vitest';
import { cropAround, markWords } from './highlight.js';

describe('markWords', () => {
	it('marks each occurrence and merges overlapping words', () => {
		expect(markWords('盲人按摩师，按摩店', ['按摩', '按摩师'])).toEqual({
			text: '盲人按摩师，按摩店',
			marks: [
				[2, 5],
				[6, 8],
			],
		});
		expect(markWords('Excel 表格', ['excel']).marks).toEqual([[0, 5]]);
		expect(markWords('没有', ['按摩']).marks).toEqual([]);
	});
});

describe('cropAround', () => {
	it('cuts a long text around the first match and marks it', () => {
		const text = `${'前'.repeat(100)}客服${'后'.repeat(100)}`;
		const { text: cut, marks } = cropAround(text, ['客服'], 40);
		expect(cut.startsWith('…')).toBe(true);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.slice(marks[0]![0], marks[0]![1])).toBe('客服');
	});

	it('keeps a short text whole', () => {
		expect(cropAround('居家客服', ['客服']).text).toBe('居家客服');
	});
});
