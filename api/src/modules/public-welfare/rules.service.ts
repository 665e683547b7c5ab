import { DEFAULT_PUBLIC_WELFARE_RULES, publicWelfareRulesOf } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { createRulesSetting } from '../settings/rules-setting.service.js';
import { RULES_KEY } from './placements.repository.js';

/** The 公益性岗位 rules (term, count, alert days) that county staff change on the rules page. */
export const createPublicWelfareRulesService = ({ db }: { db: Db }) =>
	createRulesSetting({
		db,
		key: RULES_KEY,
		description: '公益性岗位规则：最长年限、干到退休的年限、安置次数、女性原退休年龄、到期提醒天数',
		action: 'settings.public_welfare_rules',
		defaults: DEFAULT_PUBLIC_WELFARE_RULES,
		merge: publicWelfareRulesOf,
	});
export type PublicWelfareRulesService = ReturnType<typeof createPublicWelfareRulesService>;
