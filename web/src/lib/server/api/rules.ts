import {
	MassageRulesViewSchema,
	PublicWelfareRulesViewSchema,
	type MassageRules,
	type PublicWelfareRules,
} from '@ronghe/contracts';
import type { Transport } from './transport';

/** The rule settings county staff change: 公益性岗位 terms and the blind-massage thresholds. */
export function rulesApi({ get, put }: Transport) {
	return {
		rules: {
			publicWelfare: () => get('/api/public-welfare/rules', PublicWelfareRulesViewSchema),
			savePublicWelfare: (body: PublicWelfareRules) =>
				put('/api/public-welfare/rules', PublicWelfareRulesViewSchema, body),
			massage: () => get('/api/massage/rules', MassageRulesViewSchema),
			saveMassage: (body: MassageRules) => put('/api/massage/rules', MassageRulesViewSchema, body),
		},
	};
}
