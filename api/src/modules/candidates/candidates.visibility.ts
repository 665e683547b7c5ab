import type { CandidateVia } from '@ronghe/contracts';

/** What the rule needs to know about one seeker and one employer. */
export type VisibilityFacts = {
	employerApproved: boolean;
	/** An application to one of the employer's postings that the seeker has not withdrawn. */
	applied: boolean;
	acceptedInvitation: boolean;
	/** An application to this employer on which the seeker ticked “把沟通与无障碍需求给单位看”. */
	passportShared: boolean;
	/** `share_with_employers` granted and not withdrawn. */
	shareConsent: boolean;
	/** `disability_data` granted and not withdrawn. */
	disabilityConsent: boolean;
	disclosure: 'on_apply' | 'summary' | 'full';
};

export type Visibility =
	| { visible: false }
	| { visible: true; via: CandidateVia; name: boolean; phone: boolean; disability: boolean };

/**
 * The employer visibility rule (PIPL art. 23, 29). Applying or accepting an invitation is the
 * seeker's own act of sharing with that one employer, so it needs no general share consent.
 * Otherwise the seeker must have the share consent and a disclosure level above `on_apply`.
 * Category and level go only to employers the seeker turned to, and never once the
 * disability-data consent is withdrawn.
 */
export function employerVisibility(f: VisibilityFacts): Visibility {
	if (!f.employerApproved) return { visible: false };
	if (f.applied || f.acceptedInvitation) {
		return {
			visible: true,
			via: f.applied ? 'applied' : 'invited',
			name: true,
			phone: true,
			disability: f.disabilityConsent,
		};
	}
	if (f.shareConsent && f.disclosure !== 'on_apply') {
		const full = f.disclosure === 'full';
		return { visible: true, via: 'shared', name: full, phone: full, disability: false };
	}
	return { visible: false };
}

/**
 * Ability scores and the passport's needs describe the disability as much as category and level
 * do (PIPL art. 28), so they go to an employer only while the disability-data consent holds,
 * whichever way the employer came to see the seeker.
 */
export function abilitiesVisible(f: VisibilityFacts): boolean {
	return f.disabilityConsent;
}

/**
 * The 沟通与无障碍需求 passport (needs, how to be contacted) goes to one employer only when the
 * seeker chose to share it on an application there, and, being about the disability, only while
 * the disability-data consent holds.
 */
export function passportVisible(f: VisibilityFacts): boolean {
	return f.disabilityConsent && f.passportShared;
}

const AGE_BANDS = [
	[16, 24],
	[25, 34],
	[35, 44],
	[45, 54],
	[55, 64],
] as const;

/** An age band instead of the birth date, which with the township could single a person out. */
export function ageBand(birthDate: string, today: Date): string {
	const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
	const now = new Date(today.getTime() + 8 * 3_600_000); // Beijing calendar day
	let age = now.getUTCFullYear() - y;
	if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) age -= 1;
	if (age < 16) return '16 岁以下';
	for (const [from, to] of AGE_BANDS) if (age <= to) return `${from}–${to} 岁`;
	return '65 岁及以上';
}
