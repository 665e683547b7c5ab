import { describe, expect, it } from 'vitest';
import {
	abilitiesVisible,
	ageBand,
	employerVisibility,
	passportVisible,
	type VisibilityFacts,
} from './candidates.visibility.js';

const nothing: VisibilityFacts = {
	employerApproved: true,
	applied: false,
	acceptedInvitation: false,
	passportShared: false,
	shareConsent: false,
	disabilityConsent: true,
	disclosure: 'on_apply',
};

describe('employerVisibility', () => {
	it('hides a seeker who neither turned to the employer nor chose to be seen', () => {
		expect(employerVisibility(nothing)).toEqual({ visible: false });
		expect(employerVisibility({ ...nothing, disclosure: 'full' })).toEqual({ visible: false });
		expect(employerVisibility({ ...nothing, shareConsent: true })).toEqual({ visible: false });
	});

	it('shows applicants and accepted invitations with name, phone and disability, without the share consent', () => {
		expect(employerVisibility({ ...nothing, applied: true })).toEqual({
			visible: true,
			via: 'applied',
			name: true,
			phone: true,
			disability: true,
		});
		expect(employerVisibility({ ...nothing, acceptedInvitation: true })).toMatchObject({
			visible: true,
			via: 'invited',
		});
	});

	it('hides category and level once the disability-data consent is withdrawn', () => {
		expect(
			employerVisibility({ ...nothing, applied: true, disabilityConsent: false }),
		).toMatchObject({ visible: true, disability: false });
	});

	it('shows an anonymous summary at the summary level and the name at the full level', () => {
		const shared = { ...nothing, shareConsent: true };
		expect(employerVisibility({ ...shared, disclosure: 'summary' })).toEqual({
			visible: true,
			via: 'shared',
			name: false,
			phone: false,
			disability: false,
		});
		expect(employerVisibility({ ...shared, disclosure: 'full' })).toEqual({
			visible: true,
			via: 'shared',
			name: true,
			phone: true,
			disability: false,
		});
	});

	it('shows nothing at all to an employer that is not approved', () => {
		expect(
			employerVisibility({
				...nothing,
				employerApproved: false,
				applied: true,
				shareConsent: true,
			}),
		).toEqual({ visible: false });
	});
});

describe('passportVisible', () => {
	it('shows the passport only where the seeker shared it on an application, with the consent', () => {
		const applied = { ...nothing, applied: true };
		expect(passportVisible(applied)).toBe(false);
		expect(passportVisible({ ...applied, passportShared: true })).toBe(true);
		expect(passportVisible({ ...applied, passportShared: true, disabilityConsent: false })).toBe(
			false,
		);
	});
});

describe('abilitiesVisible', () => {
	it('shows ability scores only while the disability-data consent holds', () => {
		const applied = { ...nothing, applied: true };
		expect(abilitiesVisible(applied)).toBe(true);
		expect(abilitiesVisible({ ...applied, disabilityConsent: false })).toBe(false);
		const shared = { ...nothing, shareConsent: true, disclosure: 'summary' as const };
		expect(abilitiesVisible({ ...shared, disabilityConsent: false })).toBe(false);
	});
});

describe('ageBand', () => {
	const at = new Date('2026-11-15T00:00:00+08:00');
	it('counts birthdays on the Beijing calendar day', () => {
		expect(ageBand('2001-11-15', at)).toBe('25–34 岁');
		expect(ageBand('2001-11-16', at)).toBe('16–24 岁');
		expect(ageBand('1950-01-01', at)).toBe('65 岁及以上');
		expect(ageBand('2015-01-01', at)).toBe('16 岁以下');
	});
});
