import { describe, expect, it } from 'vitest';
import { parseJobsQuery } from './jobs-query';

describe('parseJobsQuery', () => {
	it('reads valid conditions', () => {
		const result = parseJobsQuery(
			new URLSearchParams('township=140922100&postType=public_welfare&page=2'),
		);
		expect(result).toEqual({
			query: { page: 2, pageSize: 20, township: '140922100', postType: 'public_welfare' },
			issues: [],
		});
	});

	it('treats empty form fields as "all"', () => {
		const result = parseJobsQuery(new URLSearchParams('township=&postType='));
		expect(result.query).toEqual({ page: 1, pageSize: 20 });
		expect(result.issues).toEqual([]);
	});

	it('drops and explains bad values instead of failing', () => {
		const result = parseJobsQuery(new URLSearchParams('page=abc&postType=chef&township=140922100'));
		expect(result.query).toEqual({ page: 1, pageSize: 20, township: '140922100' });
		expect(result.issues).toEqual([
			'页码不对，已经显示第 1 页。',
			'岗位类型不在可选范围内，已经显示全部类型。',
		]);
	});
});
