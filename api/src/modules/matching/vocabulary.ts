import type { DemandCheck, NeedCheck } from './engine.types.js';

/**
 * The accessibility tables as the rules use them (docs/matching.md, "Data"). Until the one
 * vocabulary lands, a demand is met only when the seeker answered 没有困难, and a need only when
 * the workplace lists the same code.
 */
export const demandCheck: DemandCheck = (_item, answer) => {
	if (answer === undefined) return { verdict: 'unknown' };
	return answer === 2 ? { verdict: 'met' } : { verdict: 'unmet' };
};

export const needCheck: NeedCheck = (need, offered) => offered.includes(need);
