import { describe, expect, it } from 'vitest';
import { pageItems, totalPagesOf } from './pagination';

const show = (current: number, total: number) =>
	pageItems(current, total)
		.map((item) => (item.kind === 'page' ? String(item.page) : '…'))
		.join(' ');

describe('pageItems', () => {
	it('lists every page when there are few', () => {
		expect(show(1, 1)).toBe('1');
		expect(show(2, 5)).toBe('1 2 3 4 5');
	});

	it('puts gaps around a window of the current page', () => {
		expect(show(10, 20)).toBe('1 … 8 9 10 11 12 … 20');
		expect(show(1, 20)).toBe('1 2 3 … 20');
		expect(show(20, 20)).toBe('1 … 18 19 20');
	});
});

describe('totalPagesOf', () => {
	it('is at least one page', () => {
		expect(totalPagesOf(0, 20)).toBe(1);
		expect(totalPagesOf(41, 20)).toBe(3);
	});
});
