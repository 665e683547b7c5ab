import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	formatAmount,
	formatCount,
	formatDate,
	formatDateRange,
	formatDateTime,
	formatNumber,
	formatPay,
	formatPeople,
	formatPercent,
	formatWaited,
	formatYuan,
} from './format';

describe('formatDateTime', () => {
	it('prints the date, weekday and time in China Standard Time', () => {
		expect(formatDateTime('2027-01-08T01:00:00Z')).toBe('2027年1月8日 周五 09:00');
		expect(formatDateTime('2027-01-08T09:30:00+08:00')).toBe('2027年1月8日 周五 09:30');
	});
});

describe('formatDate', () => {
	it('prints a calendar date with its weekday', () => {
		expect(formatDate('2027-01-08')).toBe('2027年1月8日 周五');
	});

	it('joins a range with 至 and collapses a single day', () => {
		expect(formatDateRange('2027-01-08', '2027-01-20')).toBe(
			'2027年1月8日 周五 至 2027年1月20日 周三',
		);
		expect(formatDateRange('2027-01-08', '2027-01-08')).toBe('2027年1月8日 周五');
	});
});

describe('formatPay', () => {
	it('describes every combination of bounds', () => {
		expect(formatPay(2000, 3000)).toBe('每月 2000 至 3000 元');
		expect(formatPay(2500, 2500)).toBe('每月 2500 元');
		expect(formatPay(2000, null)).toBe('每月 2000 元起');
		expect(formatPay(null, 3000)).toBe('每月最多 3000 元');
		expect(formatPay(null, null)).toBe('面议（面试时商量）');
	});
});

describe('formatCount', () => {
	it('says when a figure is missing', () => {
		expect(formatCount(12, '家')).toBe('12 家');
		expect(formatCount(0, '人')).toBe('0 人');
		expect(formatCount(null, '人')).toBe('暂无数据');
	});
});

describe('formatWaited', () => {
	const now = new Date('2026-12-04T10:00:00Z');
	it('says how long the oldest item has waited, in hours or days', () => {
		expect(formatWaited('2026-12-04T09:30:00Z', now)).toBe('不到 1 小时');
		expect(formatWaited('2026-12-04T05:00:00Z', now)).toBe('5 小时');
		expect(formatWaited('2026-11-30T09:00:00Z', now)).toBe('4 天');
	});
});

describe('numbers', () => {
	it('groups thousands and keeps the unit and the cents the same everywhere', () => {
		expect(formatYuan(360000)).toBe('360,000.00 元');
		expect(formatYuan(null)).toBe('没有填');
		expect(formatAmount(1234.5)).toBe('1,234.50');
		expect(formatPeople(1.5)).toBe('1.5 人');
		expect(formatNumber(12345)).toBe('12,345');
		expect(formatPercent(0.015)).toBe('1.5%');
		expect(formatPercent(0.01234, 1)).toBe('1.2%');
	});
});

describe('one date and number format across the site', () => {
	const SRC = join(import.meta.dirname, '..');
	const sources = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return sources(path);
			return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
		});
	// Dates printed any other way (the browser's own format, or built by hand from the ISO text)
	const OTHER_FORMATS = [
		/toLocaleDateString|toLocaleTimeString|Intl\.DateTimeFormat/,
		/new Date\([^)]*\)\.toLocaleString/,
		/年\$\{[^}]*slice/,
	];

	it('prints numbers only through $lib/format', () => {
		const offenders = sources(SRC)
			.filter((file) => relative(SRC, file) !== join('lib', 'format.ts'))
			.filter((file) => /toLocaleString|Intl\.NumberFormat/.test(readFileSync(file, 'utf8')))
			.map((file) => relative(SRC, file));
		expect(offenders).toEqual([]);
	});

	it('prints dates only through $lib/format', () => {
		const offenders = sources(SRC)
			.filter((file) => relative(SRC, file) !== join('lib', 'format.ts'))
			.filter((file) => {
				const text = readFileSync(file, 'utf8');
				return OTHER_FORMATS.some((pattern) => pattern.test(text));
			})
			.map((file) => relative(SRC, file));
		expect(offenders).toEqual([]);
	});
});
