import {
	accessibilityLabel,
	CERTIFICATE_KIND_CODES,
	CERTIFICATE_TRAINED_OCCUPATIONS,
	certificateMet,
	demandMet,
	needMet,
	occupationsInText,
	validCertificateKinds,
	type CertificateRecord,
} from '@ronghe/contracts';
import type { DemandCheck, NeedCheck } from './engine.types.js';

/**
 * The accessibility tables as the rules use them (docs/matching.md, "Data"): a demand is met by
 * answering 没有困难 or closed by an offered feature (`ABILITY_GAP_CLOSED_BY`), a need is met by
 * any of its features (`NEED_MET_BY`).
 */
export const demandCheck: DemandCheck = (item, answer, offered) => demandMet(item, answer, offered);

export const needCheck: NeedCheck = (need, offered) => needMet(need, offered);

export const offerLabel = accessibilityLabel;

/**
 * Every kind the seeker's valid certificates meet on `today`: what they hold, and the lower
 * 保健按摩师 grades a higher one meets. With it, "requires ⊆ held" is the whole rule, in SQL and
 * in the engine alike.
 */
export function heldKinds(records: readonly CertificateRecord[], today: string): string[] {
	const held = validCertificateKinds(records, today);
	return CERTIFICATE_KIND_CODES.filter((kind) => certificateMet(kind, held));
}

export type OccupationRows = readonly { code: string; name: string; aliases: readonly string[] }[];

/**
 * Occupations the seeker completed training in (no enrolment record yet): those the valid
 * certificates show (`CERTIFICATE_TRAINED_OCCUPATIONS`) and those named in the training
 * certificates written in the profile.
 */
export function trainedOccupationsOf(
	held: readonly string[],
	trainingCertificates: readonly string[],
	occupations: OccupationRows,
): string[] {
	return [
		...new Set([
			...held.flatMap((k) => CERTIFICATE_TRAINED_OCCUPATIONS[k] ?? []),
			...occupationsInText(trainingCertificates, occupations),
		]),
	];
}
