import { error, fail, redirect } from '@sveltejs/kit';
import {
	COUNTY_STAFF,
	ProvinceYearParamsSchema,
	RULE_EDITORS,
	SaveLevyRuleBodySchema,
} from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { mayUse, requireRole } from '$lib/server/guard';
import { fieldErrors, joinErrors, problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';
import { RULE_FIELDS, ruleChanges, toRuleBody, valuesOf, type RuleValues } from './rule-form';

const HERE = '/staff/quota/rules';

export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, `${HERE}${url.search}`, COUNTY_STAFF);
	const res = await locals.api.quota.rules();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	const items = res.data.items;
	const asked = Number(url.searchParams.get('year'));
	const editing = items.find((r) => r.collectionYear === asked);
	const latest = items[0];
	const adding = url.searchParams.get('new') === '1' && latest;
	return {
		rules: res.data,
		canEdit: mayUse(user, RULE_EDITORS),
		saved: url.searchParams.get('saved'),
		mode: editing ? ('edit' as const) : adding ? ('new' as const) : null,
		values: editing
			? valuesOf(editing)
			: adding
				? valuesOf(latest, latest.collectionYear + 1)
				: null,
	};
}) satisfies PageServerLoad;

/** Reads and checks the form; the API checks again and is the one that decides. */
async function readRule(request: Request, provinceCode: string) {
	const form = await readForm(request);
	if (!form) return { ok: false as const, values: null, errors: {}, message: UNREADABLE_FORM };
	const values = Object.fromEntries(
		RULE_FIELDS.map((f) => [f, String(form.get(f) ?? '').trim()]),
	) as RuleValues;
	const params = ProvinceYearParamsSchema.safeParse({
		provinceCode,
		collectionYear: values.collectionYear,
	});
	const body = SaveLevyRuleBodySchema.safeParse(toRuleBody(values));
	if (!params.success || !body.success)
		return { ok: false as const, values, ...fieldErrors(joinErrors(params, body), RULE_FIELDS) };
	return { ok: true as const, values, year: params.data.collectionYear, body: body.data };
}

export const actions = {
	/** Step 1: check the figures and show what will change, for the person to confirm. */
	check: async ({ request, locals }) => {
		requireRole(locals, HERE, RULE_EDITORS);
		const res = await locals.api.quota.rules();
		if (!res.ok) error(res.problem.status, problemMessage(res.problem));
		const rule = await readRule(request, res.data.provinceCode);
		if (!rule.ok) return fail(400, { step: 'edit' as const, ...rule });
		const before = res.data.items.find((r) => r.collectionYear === rule.year);
		const changes = ruleChanges(before ? valuesOf(before) : null, rule.values);
		return { step: 'confirm' as const, values: rule.values, isNew: !before, changes };
	},
	/** From the confirmation back to the form, with what was typed. */
	back: async ({ request, locals }) => {
		requireRole(locals, HERE, RULE_EDITORS);
		const form = await readForm(request);
		const values = Object.fromEntries(
			RULE_FIELDS.map((f) => [f, String(form?.get(f) ?? '').trim()]),
		) as RuleValues;
		return { step: 'edit' as const, values, errors: {} };
	},
	/** Step 2: save what was confirmed. */
	save: async ({ request, locals }) => {
		requireRole(locals, HERE, RULE_EDITORS);
		const list = await locals.api.quota.rules();
		if (!list.ok) error(list.problem.status, problemMessage(list.problem));
		const rule = await readRule(request, list.data.provinceCode);
		if (!rule.ok) return fail(400, { step: 'edit' as const, ...rule });
		const res = await locals.api.quota.saveRule(list.data.provinceCode, rule.year, rule.body);
		if (!res.ok)
			return fail(res.problem.status, {
				step: 'edit' as const,
				values: rule.values,
				...fieldErrors(res.problem, RULE_FIELDS),
			});
		redirect(303, `${HERE}?saved=${rule.year}`);
	},
} satisfies Actions;
