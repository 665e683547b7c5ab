import { describe, expect, it } from 'vitest';
import { jobsHref } from './jobs-href';

describe('jobsHref', () => {
	it('keeps conditions, repeats list values and leaves out defaults', () => {
		expect(jobsHref({ township: '140922100', postType: ['quota'] }, 3)).toBe(
			'/jobs?township=140922100&postType=quota&page=3',
		);
		expect(jobsHref({ q: '客服', category: [1, 4], sort: 'distance', near: '140922105' }, 1)).toBe(
			'/jobs?q=%E5%AE%A2%E6%9C%8D&category=1&category=4&sort=distance&near=140922105',
		);
		expect(jobsHref({}, 1)).toBe('/jobs');
	});
});
