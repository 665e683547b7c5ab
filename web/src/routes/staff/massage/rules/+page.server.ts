import { DEFAULT_MASSAGE_RULES, MassageRulesSchema, type MassageRules } from '@ronghe/contracts';
import { loadRules, rulesActions } from '$lib/server/rules-form';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/massage/rules';
const FIELDS = Object.keys(DEFAULT_MASSAGE_RULES) as (keyof MassageRules)[];

/** 盲人按摩规则: all staff read them; county staff change them or restore the defaults. */
export const load = ((event) =>
	loadRules(event, HERE, (api) => api.rules.massage())) satisfies PageServerLoad;

export const actions = rulesActions({
	here: HERE,
	fields: FIELDS,
	schema: MassageRulesSchema,
	defaults: DEFAULT_MASSAGE_RULES,
	save: (api, body) => api.rules.saveMassage(body),
}) satisfies Actions;
