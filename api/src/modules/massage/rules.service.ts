import { DEFAULT_MASSAGE_RULES, massageRulesOf } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { createRulesSetting } from '../settings/rules-setting.service.js';
import { MASSAGE_RULES_KEY } from './massage.repository.js';

/** The blind-massage thresholds (clinic area and beds, practice years, 继续教育学时). */
export const createMassageRulesService = ({ db }: { db: Db }) =>
	createRulesSetting({
		db,
		key: MASSAGE_RULES_KEY,
		description: '盲人按摩规则：按摩所最小面积和床位、执业年限、每年继续教育学时',
		action: 'settings.massage_rules',
		defaults: DEFAULT_MASSAGE_RULES,
		merge: massageRulesOf,
	});
export type MassageRulesService = ReturnType<typeof createMassageRulesService>;
