import { describe, expect, it } from 'vitest';
import { parseJobsQuery } from './jobs-query';

const empty = { postType: [], workMode: [], category: [], accommodations: [] };

describe('parseJobsQuery', () => {
	it('reads valid conditions, repeated ones as lists', () => {
		const result = parseJobsQuery(
			new URLSearchParams(
				'q=按摩&township=140922100&postType=public_welfare&postType=quota&category=1&payMin=2000&page=2',
			),
		);
		expect(result).toEqual({
			query: {
				...empty,
				page: 2,
				pageSize: 20,
				q: '按摩',
				township: '140922100',
				postType: ['public_welfare', 'quota'],
				category: [1],
				payMin: 2000,
			},
			issues: [],
		});
	});

	it('reads accommodations saved as words before the vocabulary as their codes', () => {
		const params = new URLSearchParams();
		params.append('accommodations', '无障碍通道');
		params.append('accommodations', 'lift');
		expect(parseJobsQuery(params).query.accommodations).toEqual(['step_free_entrance', 'lift']);
	});

	it('treats empty form fields as "all"', () => {
		const result = parseJobsQuery(new URLSearchParams('township=&postType=&payMin=&sort='));
		expect(result.query).toEqual({ ...empty, page: 1, pageSize: 20 });
		expect(result.issues).toEqual([]);
	});

	it('drops and explains bad values instead of failing', () => {
		const result = parseJobsQuery(
			new URLSearchParams('page=abc&postType=chef&township=140922100&payMin=很多'),
		);
		expect(result.query).toEqual({ ...empty, page: 1, pageSize: 20, township: '140922100' });
		expect(result.issues).toEqual([
			'页码不对，已经显示第 1 页。',
			'最低工资要填整数（元/月），已经去掉这个条件。',
			'岗位类型不在可选范围内，已经显示全部类型。',
		]);
	});

	it('falls back to relevance when "nearest" has no place to measure from', () => {
		const result = parseJobsQuery(new URLSearchParams('sort=distance'));
		expect(result.query.sort).toBeUndefined();
		expect(result.issues[0]).toContain('离哪个乡镇近');
		expect(parseJobsQuery(new URLSearchParams('sort=distance&near=140922105')).issues).toEqual([]);
	});
});
