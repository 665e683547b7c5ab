/**
 * What the matching service hands the rules (engine.ts) and what it hands back: a seeker and a
 * posting as plain data from their database rows, the reasons an employer may read, the weights
 * from the settings, and the orders lists are sorted in.
 */
import { type MatchReason, type Recommendation, type RecommendationCheck } from '@ronghe/contracts';
import { DEFAULT_WEIGHTS } from './engine.js';
import type { MatchPosting, MatchSeeker, MatchWeights, Verdict } from './engine.types.js';
import type { MatchingRepository, PostingRow } from './matching.repository.js';
import { heldKinds, trainedOccupationsOf, type OccupationRows } from './vocabulary.js';

export type SeekerRow = NonNullable<Awaited<ReturnType<MatchingRepository['seeker']>>>;

/**
 * What an employer may read of the reasons: abilities and needs describe the disability, so they
 * go only with the disability-data consent; priority statuses (低保, 就业困难) never; freshness
 * is about the posting, not the person.
 */
const ABOUT_ABILITY = new Set(['ability', 'ability_unanswered']);
/** needs come from the passport, which the seeker shares with one employer by applying */
const ABOUT_NEEDS = new Set(['needs_met', 'needs_unmet']);
const NEVER_TO_EMPLOYERS = new Set(['priority', 'fresh', 'training_missing']);
export const forEmployer = (
	reasons: readonly MatchReason[],
	shared: { abilities: boolean; passport: boolean },
) =>
	reasons.filter(
		(r) =>
			!NEVER_TO_EMPLOYERS.has(r.code) &&
			(shared.abilities || !ABOUT_ABILITY.has(r.code)) &&
			(shared.passport || !ABOUT_NEEDS.has(r.code)),
	);

type CertificateRows = readonly {
	kind: string;
	validUntil: string | null;
	/** set when a completed course wrote the certificate: the course's occupation */
	occupationCode?: string | null;
}[];

/** Occupations of the courses whose still valid certificates the seeker holds. */
function courseOccupations(certificates: CertificateRows, today: string): string[] {
	return certificates
		.filter((c) => c.occupationCode && (c.validUntil === null || c.validUntil >= today))
		.map((c) => c.occupationCode!);
}

export function toSeeker(
	{ person: p, latitude, longitude }: Pick<SeekerRow, 'person' | 'latitude' | 'longitude'>,
	certificates: CertificateRows,
	priorities: readonly string[],
	today: string,
	occupations: OccupationRows,
): MatchSeeker {
	const held = heldKinds(certificates, today);
	return {
		category: p.category,
		components: p.categoryComponents,
		level: p.level,
		townshipCode: p.townshipCode,
		home: { latitude, longitude },
		ability: p.ability as MatchSeeker['ability'],
		needs: p.passport?.needs ?? [],
		certificates: held,
		trainedOccupations: [
			...new Set([
				...trainedOccupationsOf(held, p.trainingCertificates, occupations),
				...courseOccupations(certificates, today),
			]),
		],
		wishedOccupations: p.desiredOccupations,
		wishedWorkModes: p.desiredWorkModes,
		expectedPayMin: p.expectedPayMin,
		maxTravelKm: p.maxTravelKm,
		priorities,
	};
}

export function toPosting(r: PostingRow, today: string): MatchPosting {
	const p = r.posting;
	const open =
		p.status === 'published' &&
		(p.closingDate === null || p.closingDate >= today) &&
		r.hired < p.headcount;
	return {
		id: p.id,
		title: p.title,
		employerName: r.employerName,
		open,
		postType: p.postType,
		publicWelfareKind: p.publicWelfareKind,
		familyPriority: p.familyPriority,
		townshipCode: p.townshipCode,
		townshipName: r.townshipName,
		place: {
			latitude: p.latitude ?? r.townshipLatitude,
			longitude: p.longitude ?? r.townshipLongitude,
		},
		workMode: p.workMode,
		acceptedCategories: p.acceptedCategories,
		acceptedLevels: p.acceptedLevels,
		demands: p.demands,
		offered: [...p.accommodations, ...r.employerAccessibility],
		requiredCertificates: p.requiredCertificates,
		occupationCode: p.occupationCode,
		payMin: p.payMin,
		payMax: p.payMax,
		publishedAt: p.publishedAt,
		headcount: p.headcount,
		hired: r.hired,
		applications: r.applications,
	};
}

export const label = (table: Record<string, string>, code: string) => table[code] ?? code;

/** Weights from the settings, each a number ≥ 0; anything else falls back to the default. */
export function weightsFrom(value: unknown): MatchWeights {
	const given = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
	const w = { ...DEFAULT_WEIGHTS };
	for (const key of Object.keys(w) as (keyof MatchWeights)[]) {
		const v = given[key];
		if (typeof v === 'number' && Number.isFinite(v) && v >= 0) w[key] = v;
	}
	return w;
}

/** Candidates best first; among equals by id (as the matching index orders them). */
export const candidateOrder = (a: { order: number; personId: string }, b: typeof a) =>
	b.order - a.order || a.personId.localeCompare(b.personId);

export function summary(p: MatchPosting): Omit<Recommendation, 'score' | 'reasons' | 'gaps'> {
	return {
		postingId: p.id,
		title: p.title,
		employerName: p.employerName,
		postType: p.postType as Recommendation['postType'],
		townshipCode: p.townshipCode,
	};
}

/** The why-not answer of one posting from the engine's verdict. */
export function toCheck(postingId: string, v: Verdict): RecommendationCheck {
	return v.eligible
		? { postingId, excluded: [], ...v }
		: {
				postingId,
				eligible: false,
				excluded: v.excluded as RecommendationCheck['excluded'],
				score: null,
				reasons: [],
				gaps: [],
			};
}
