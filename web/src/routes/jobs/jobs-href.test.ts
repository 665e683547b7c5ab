import { describe, expect, it } from 'vitest';
import { jobsHref } from './jobs-href';

describe('jobsHref', () => {
	it('keeps conditions and leaves out defaults', () => {
		expect(jobsHref({ township: '140922100', postType: 'quota' }, 3)).toBe(
			'/jobs?township=140922100&postType=quota&page=3',
		);
		expect(jobsHref({}, 1)).toBe('/jobs');
	});
});
