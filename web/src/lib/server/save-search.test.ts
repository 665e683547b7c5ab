import { describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/user';
import { parseJobsQuery } from './jobs-query';
import { saveSearchFor, searchHere } from './save-search';

const person = (role: SessionUser['role']): SessionUser => ({
	id: '00000000-0000-4000-8000-000000000001',
	role,
	name: '测试',
	roleLabel: '',
	phoneMasked: '',
	townshipCode: null,
	homeTownshipCode: null,
	employerId: null,
	mustChangePassword: false,
});

describe('the 保存这个搜索 form on /jobs', () => {
	const url = new URL('http://localhost/jobs?q=按摩&workMode=part_time&sort=pay&saved=1');
	const { query } = parseJobsQuery(url.searchParams);

	it('comes back to the same search, without the last confirmation', () => {
		expect(searchHere(url)).toBe(
			`/jobs?${new URLSearchParams('q=按摩&workMode=part_time&sort=pay')}`,
		);
		expect(searchHere(new URL('http://localhost/jobs?/saveSearch'))).toBe('/jobs');
	});

	it('gives a seeker the conditions as hidden fields, posting to this address', () => {
		const save = saveSearchFor(person('seeker'), url, query, ['关键词“按摩”', '工作方式：兼职']);
		expect(save).toMatchObject({
			kind: 'seeker',
			action: `?${new URLSearchParams('q=按摩&workMode=part_time&sort=pay')}&/saveSearch`,
			suggestedName: '按摩',
		});
		if (save?.kind !== 'seeker') throw new Error('no form');
		expect(save.fields).toEqual([
			{ name: 'q', value: '按摩' },
			{ name: 'workMode', value: 'part_time' },
		]);
	});

	it('asks visitors to sign in and come back, and shows other roles nothing', () => {
		expect(saveSearchFor(null, url, query, [])).toEqual({
			kind: 'signedOut',
			loginHref: `/login?returnTo=${encodeURIComponent(searchHere(url))}`,
		});
		expect(saveSearchFor(person('employer'), url, query, [])).toBeNull();
	});
});
