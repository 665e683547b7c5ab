import {
	DEFAULT_PUBLIC_WELFARE_RULES,
	PublicWelfareRulesSchema,
	type PublicWelfareRules,
} from '@ronghe/contracts';
import { loadRules, rulesActions } from '$lib/server/rules-form';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/public-welfare/rules';
const FIELDS = Object.keys(DEFAULT_PUBLIC_WELFARE_RULES) as (keyof PublicWelfareRules)[];

/** 公益性岗位规则: all staff read them; county staff change them or restore the defaults. */
export const load = ((event) =>
	loadRules(event, HERE, (api) => api.rules.publicWelfare())) satisfies PageServerLoad;

export const actions = rulesActions({
	here: HERE,
	fields: FIELDS,
	schema: PublicWelfareRulesSchema,
	defaults: DEFAULT_PUBLIC_WELFARE_RULES,
	save: (api, body) => api.rules.savePublicWelfare(body),
}) satisfies Actions;
