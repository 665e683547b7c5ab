import { fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF, INDICATORS, type IndicatorCode } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { currentYear, yearChoices, yearOf } from '../indicator-scope';
import type { Actions, PageServerLoad } from './$types';
import { readTargetForm, type TargetValues } from './target-input';

/** 修改目标: each indicator's target for a year, and the figure staff enter by hand. */
export const load = (async ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	const { year, issue } = yearOf(url.searchParams.get('year'));
	const res = await locals.api.indicators.list({ year });
	if (!res.ok) loadFailed(res.problem, `${url.pathname}${url.search}`);
	const saved = url.searchParams.get('saved') as IndicatorCode | null;
	return {
		year,
		years: yearChoices(),
		issue,
		items: res.data.items,
		saved: saved && saved in INDICATORS ? INDICATORS[saved].label : null,
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ locals, request, url }) => {
		requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
		const form = await request.formData();
		const { year } = yearOf(String(form.get('year') ?? ''), currentYear());
		const read = readTargetForm(form);
		if (!read.ok) return fail(400, { code: read.code, values: read.values, errors: read.errors });
		const res = await locals.api.indicators.saveTarget(year, read.code, read.body);
		if (!res.ok)
			return fail(res.problem.status, {
				code: read.code,
				values: read.values,
				errors: { target: problemMessage(res.problem) } as Partial<
					Record<keyof TargetValues, string>
				>,
			});
		redirect(303, `/staff/indicators/targets?year=${year}&saved=${read.code}#t-${read.code}`);
	},
} satisfies Actions;
