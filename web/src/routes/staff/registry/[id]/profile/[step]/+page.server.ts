import { STAFF } from '@ronghe/contracts';
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

const baseOf = (id: string) => `/staff/registry/${id}/profile`;

export const load = (async ({ locals, params, url }) => {
	const step = stepOf(params.step);
	requireRole(locals, `${baseOf(params.id)}/${step}`, STAFF);
	const res = await locals.api.profile.get(params.id);
	if (!res.ok) loadError(res.problem);
	return {
		nav: stepNav(step),
		values: formValuesOf(step, res.data),
		options: await stepOptions(locals.api, step),
		phoneMasked: res.data.basic.phoneMasked,
		saved: url.searchParams.get('saved') === '1',
		base: baseOf(params.id),
		personName: res.data.identity.fullName,
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params, request, cookies, url }) => {
		const step = stepOf(params.step);
		requireRole(locals, `${baseOf(params.id)}/${step}`, STAFF);
		const base = baseOf(params.id);
		return saveStep({ api: locals.api, request, cookies, url, step, base, personId: params.id });
	},
} satisfies Actions;
