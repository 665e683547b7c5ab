import { describe, expect, it } from 'vitest';
import {
	CONSENT_TITLES,
	CONSENT_WITHDRAW_EFFECTS,
	DISABILITY_CONSENT_TEXT,
	DISCLOSURE_LABELS,
	SHARE_CONSENT_TEXT,
} from '@ronghe/contracts';
import { DEFAULT_DEMO_NOW } from './dates.js';
import { createRandom } from './random.js';
import { makeFairs } from './schedule.js';

/*
 * Text chat, interview booking and employer invitations are not built yet. Until they are, what
 * a person reads about fairs and about who sees their data says only what the platform does.
 */
const UNBUILT = /聊天|预约面试|邀请/;

describe('texts promise only what exists', () => {
	it('demo fairs do not offer chat, interview booking or invitations', () => {
		for (const seed of [1, 2, 3]) {
			for (const fair of makeFairs(createRandom(seed), DEFAULT_DEMO_NOW)) {
				expect(fair.description ?? '').not.toMatch(UNBUILT);
				expect(fair.title).not.toMatch(UNBUILT);
			}
		}
	});

	it('privacy choices and consent texts do not mention invitations', () => {
		const texts = [
			...Object.values(DISCLOSURE_LABELS),
			...Object.values(CONSENT_TITLES),
			...Object.values(CONSENT_WITHDRAW_EFFECTS),
			SHARE_CONSENT_TEXT,
			DISABILITY_CONSENT_TEXT,
		];
		for (const text of texts) expect(text).not.toMatch(UNBUILT);
	});
});
