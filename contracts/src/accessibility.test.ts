import { describe, expect, it } from 'vitest';
import {
	ABILITY_GAP_CLOSED_BY,
	ACCESSIBILITY_FEATURE_CODES,
	ACCESSIBILITY_FEATURES,
	demandMet,
	LEGACY_ACCOMMODATION_CODES,
	NEED_MET_BY,
	needMet,
} from './accessibility.js';
import { ABILITY_ITEMS, PASSPORT_NEED_CODES, WORKPLACE_ACCESSIBILITY } from './profile-codes.js';

describe('the accessibility vocabulary', () => {
	it('gives every code a Chinese label, each label once', () => {
		const labels = Object.values(ACCESSIBILITY_FEATURES);
		expect(new Set(labels).size).toBe(labels.length);
		for (const label of labels) expect(label).toMatch(/[\u4e00-\u9fff]/);
	});

	it('covers every word postings stored, the passport needs and the employer checklist', () => {
		for (const code of Object.values(LEGACY_ACCOMMODATION_CODES))
			expect(ACCESSIBILITY_FEATURE_CODES).toContain(code);
		expect(Object.keys(NEED_MET_BY).sort()).toEqual([...PASSPORT_NEED_CODES].sort());
		for (const code of Object.keys(WORKPLACE_ACCESSIBILITY))
			expect(ACCESSIBILITY_FEATURE_CODES).toContain(code);
		expect(WORKPLACE_ACCESSIBILITY.lift).toBe('有电梯');
	});

	it('names only real ability items and features in the gap table', () => {
		for (const [item, closers] of Object.entries(ABILITY_GAP_CLOSED_BY)) {
			expect(Object.keys(ABILITY_ITEMS)).toContain(item);
			for (const feature of Object.keys(closers))
				expect(ACCESSIBILITY_FEATURE_CODES).toContain(feature);
		}
	});
});

describe('needMet', () => {
	it.each([
		['step_free', ['step_free_entrance', 'lift'], true],
		['step_free', ['lift'], false],
		['screen_reader', ['screen_reader_software'], true],
		['sign_interpreter', ['text_communication'], false],
		['captions', ['text_communication'], true],
		['written_instructions', ['picture_instructions'], true],
		['transport', ['remote_work'], true],
		['extra_time', ACCESSIBILITY_FEATURE_CODES, false],
		['no_such_need', ACCESSIBILITY_FEATURE_CODES, false],
	] as const)('%s with %j → %s', (need, offered, met) => {
		expect(needMet(need, offered)).toBe(met);
	});
});

describe('demandMet', () => {
	it('a wheelchair user (走动 做不到) meets a walking demand where there is a lift', () => {
		expect(demandMet('walking', 0, ['lift'])).toEqual({ verdict: 'closed', by: ['lift'] });
	});

	it('a wheelchair user does not meet it on a second floor with no lift or ramp', () => {
		expect(demandMet('walking', 0, ['accessible_toilet', 'flexible_hours'])).toEqual({
			verdict: 'unmet',
		});
	});

	it('a blind seeker meets a seeing demand with screen-reader software', () => {
		expect(demandMet('seeing', 0, ['screen_reader_software', 'meals'])).toEqual({
			verdict: 'closed',
			by: ['screen_reader_software'],
		});
	});

	it('large print closes 有些困难 in seeing but not 做不到', () => {
		expect(demandMet('seeing', 1, ['large_print']).verdict).toBe('closed');
		expect(demandMet('seeing', 0, ['large_print']).verdict).toBe('unmet');
	});

	it('a deaf seeker meets a hearing demand with signing colleagues, not with alarms alone', () => {
		expect(demandMet('hearing', 0, ['signing_staff']).verdict).toBe('closed');
		expect(demandMet('hearing', 0, ['visual_alarms']).verdict).toBe('unmet');
		expect(demandMet('hearing', 1, ['visual_alarms']).verdict).toBe('closed');
	});

	it('long standing is closed by an adjustable workbench; rest breaks only help 有些困难', () => {
		expect(demandMet('standing', 0, ['adjustable_desks']).verdict).toBe('closed');
		expect(demandMet('standing', 0, ['rest_breaks']).verdict).toBe('unmet');
		expect(demandMet('standing', 1, ['rest_breaks']).verdict).toBe('closed');
	});

	it('commuting is closed by transport or home-based work', () => {
		expect(demandMet('commuting', 0, ['remote_work']).verdict).toBe('closed');
		expect(demandMet('commuting', 0, ['transport_support']).verdict).toBe('closed');
	});

	it('no accommodation closes heavy lifting', () => {
		expect(demandMet('lifting', 1, ACCESSIBILITY_FEATURE_CODES).verdict).toBe('unmet');
	});

	it('没有困难 meets any demand with nothing offered', () => {
		expect(demandMet('lifting', 2, [])).toEqual({ verdict: 'met' });
	});

	it('an unanswered item is unknown, never unmet', () => {
		expect(demandMet('walking', undefined, [])).toEqual({ verdict: 'unknown' });
		expect(demandMet('walking', null, [])).toEqual({ verdict: 'unknown' });
	});
});
