import { SEEKERS, type PostingListQuery } from '@ronghe/contracts';
import type { SessionUser } from '$lib/user';
import { mayUse } from './guard';
import { criteriaFields } from './saved-search-criteria';
import { loginHref } from './session';

/** The marker SvelteKit reads from the form's address to pick the /jobs action. */
const SAVE_ACTION = '/saveSearch';

/** This search's address, without the form action's marker or the last confirmation. */
export function searchHere(url: URL): string {
	const params = new URLSearchParams(url.searchParams);
	params.delete(SAVE_ACTION);
	params.delete('saved');
	const search = params.toString();
	return search ? `/jobs?${search}` : '/jobs';
}

/**
 * The 保存这个搜索 form for a signed-in seeker (the conditions as hidden fields, posting back to
 * this very address), a sign-in link that returns here for visitors, nothing for other roles.
 */
export function saveSearchFor(
	user: SessionUser | null,
	url: URL,
	query: PostingListQuery,
	words: string[],
) {
	if (!user) return { kind: 'signedOut' as const, loginHref: loginHref(searchHere(url)) };
	if (!mayUse(user, SEEKERS)) return null;
	const here = searchHere(url);
	const search = here.slice('/jobs'.length);
	return {
		kind: 'seeker' as const,
		action: search ? `${search}&${SAVE_ACTION}` : `?${SAVE_ACTION}`,
		fields: criteriaFields(query),
		words,
		suggestedName: (query.q || words.join('，')).slice(0, 40),
	};
}
