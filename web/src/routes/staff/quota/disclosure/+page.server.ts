import { error, fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/quota/disclosure';
const yearOf = (url: URL) => {
	const lastYear = new Date().getFullYear() - 1;
	const y = Number(url.searchParams.get('year'));
	return Number.isInteger(y) && y >= 2018 && y <= lastYear ? y : lastYear;
};

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${HERE}${url.search}`, COUNTY_STAFF);
	const year = yearOf(url);
	const res = await locals.api.quota.preview(year);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	const lastYear = new Date().getFullYear() - 1;
	return {
		preview: res.data,
		years: Array.from({ length: 6 }, (_, i) => lastYear - i),
		justPublished: url.searchParams.get('published') === '1',
	};
}) satisfies PageServerLoad;

export const actions = {
	publish: async ({ request, locals, url }) => {
		requireRole(locals, HERE, COUNTY_STAFF);
		const year = yearOf(url);
		const form = await readForm(request);
		if (!form) return fail(400, { values: { note: '' }, errors: {}, message: UNREADABLE_FORM });
		const values = { note: String(form.get('note') ?? '').trim() };
		if (form.get('confirm') !== 'yes')
			return fail(400, {
				values,
				errors: { confirm: ['请勾选“我已核对名单”，确认后才能公示。'] },
			});
		const res = await locals.api.quota.publish(year, { confirm: true, note: values.note });
		if (!res.ok) return failWith(res.problem, ['confirm', 'note'], { values });
		redirect(303, `${HERE}?year=${year}&published=1`);
	},
} satisfies Actions;
