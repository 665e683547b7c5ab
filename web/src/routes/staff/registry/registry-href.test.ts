import { describe, expect, it } from 'vitest';
import { exportFields, exportHref, registryHref } from './registry-href';

describe('registryHref', () => {
	it('keeps only the conditions that are set, and the page after the first', () => {
		expect(registryHref({ sort: 'name', page: 1 }, 1)).toBe('/staff/registry');
		expect(registryHref({ q: '王', category: 4, flagged: 'yes', sort: 'newest' }, 3)).toBe(
			'/staff/registry?q=%E7%8E%8B&category=4&flagged=yes&sort=newest&page=3',
		);
	});

	it('exports the same selection without the page', () => {
		expect(exportHref({ township: '140922100', level: 2, pageSize: 50 })).toBe(
			'/staff/registry/export.xlsx?township=140922100&level=2',
		);
	});

	it('gives the full-number export form the same selection as hidden fields', () => {
		expect(exportFields({ township: '140922100', level: 2, page: 3, pageSize: 50 })).toEqual([
			['township', '140922100'],
			['level', '2'],
		]);
	});
});
