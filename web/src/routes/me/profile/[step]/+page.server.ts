import { SEEKERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import {
	formValuesOf,
	loadError,
	saveStep,
	stepNav,
	stepOf,
	stepOptions,
} from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

const BASE = '/me/profile';

export const load = (async ({ locals, params, url }) => {
	const step = stepOf(params.step);
	requireRole(locals, `${BASE}/${step}`, SEEKERS);
	const res = await locals.api.profile.get();
	if (!res.ok) loadError(res.problem);
	return {
		nav: stepNav(step),
		values: formValuesOf(step, res.data),
		options: await stepOptions(locals.api, step),
		phoneMasked: res.data.basic.phoneMasked,
		saved: url.searchParams.get('saved') === '1',
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params, request, cookies, url }) => {
		const step = stepOf(params.step);
		requireRole(locals, `${BASE}/${step}`, SEEKERS);
		return saveStep({ api: locals.api, request, cookies, url, step, base: BASE });
	},
} satisfies Actions;
