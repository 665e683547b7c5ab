import {
	ABILITY_ITEMS,
	certificateLabel,
	PASSPORT_NEEDS,
	type CandidateMatch,
	type CandidateMatchList,
	type MatchReason,
	type PersonalisationBody,
	type Recommendation,
	type RecommendationCheck,
	type RecommendationList,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { abilitiesVisible, employerVisibility } from '../candidates/candidates.visibility.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import { DEFAULT_WEIGHTS, evaluate, rankPostings } from './engine.js';
import type { MatchPosting, MatchRules, MatchSeeker, MatchWeights } from './engine.types.js';
import type { MatchingRepository, PostingRow } from './matching.repository.js';
import { demandCheck, heldKinds, needCheck, offerLabel } from './vocabulary.js';

type Deps = { db: Db; matchingRepo: MatchingRepository; now: () => Date };
export type MatchingService = ReturnType<typeof createMatchingService>;

type SeekerRow = NonNullable<Awaited<ReturnType<MatchingRepository['seeker']>>>;

/**
 * What an employer may read of the reasons: abilities and needs describe the disability, so they
 * go only with the disability-data consent; priority statuses (低保, 就业困难) never; freshness
 * is about the posting, not the person.
 */
const ABOUT_DISABILITY = new Set(['ability', 'ability_unanswered', 'needs_met', 'needs_unmet']);
const NEVER_TO_EMPLOYERS = new Set(['priority', 'fresh']);
export const forEmployer = (reasons: readonly MatchReason[], disability: boolean) =>
	reasons.filter(
		(r) => !NEVER_TO_EMPLOYERS.has(r.code) && (disability || !ABOUT_DISABILITY.has(r.code)),
	);

type CertificateRows = readonly { kind: string; validUntil: string | null }[];

function toSeeker(
	{ person: p, latitude, longitude }: Pick<SeekerRow, 'person' | 'latitude' | 'longitude'>,
	certificates: CertificateRows,
	priorities: readonly string[],
	today: string,
): MatchSeeker {
	return {
		category: p.category,
		components: p.categoryComponents,
		level: p.level,
		townshipCode: p.townshipCode,
		home: { latitude, longitude },
		ability: p.ability as MatchSeeker['ability'],
		needs: p.passport?.needs ?? [],
		certificates: heldKinds(certificates, today),
		trainedOccupations: [],
		wishedOccupations: p.desiredOccupations,
		wishedWorkModes: p.desiredWorkModes,
		expectedPayMin: p.expectedPayMin,
		maxTravelKm: p.maxTravelKm,
		priorities,
	};
}

function toPosting(r: PostingRow, today: string): MatchPosting {
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

const label = (table: Record<string, string>, code: string) => table[code] ?? code;

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

/** Recommendations for a seeker, the why-not of one posting, and the personalisation switch. */
export function createMatchingService({ db, matchingRepo, now }: Deps) {
	async function rulesNow(): Promise<MatchRules> {
		const [occupations, weights] = await Promise.all([
			matchingRepo.occupationNames(db),
			matchingRepo.weights(db),
		]);
		return {
			demandCheck,
			needCheck,
			weights: weightsFrom(weights),
			now: now(),
			label: (kind, code) =>
				kind === 'ability'
					? label(ABILITY_ITEMS, code)
					: kind === 'need'
						? label(PASSPORT_NEEDS, code)
						: kind === 'offer'
							? offerLabel(code)
							: kind === 'occupation'
								? (occupations.get(code) ?? code)
								: certificateLabel(code),
		};
	}

	/** The seeker as the rules see them: certificates and confirmed priority statuses included. */
	async function seekerFacts(row: SeekerRow, today: string): Promise<MatchSeeker> {
		const id = row.person.id;
		const [certificates, priorities] = await Promise.all([
			matchingRepo.certificates(db, [id]),
			matchingRepo.priorities(db, [id], today),
		]);
		return toSeeker(row, certificates.get(id) ?? [], priorities.get(id) ?? [], today);
	}

	async function seekerOf(personId: string | null | undefined) {
		const row = personId ? await matchingRepo.seeker(db, personId) : undefined;
		if (!row) throw new NotFoundError('person', personId ?? undefined);
		return row;
	}

	async function listFor(row: SeekerRow, limit: number): Promise<RecommendationList> {
		const today = localDay(now());
		if (!row.person.personalised) {
			// PIPL art. 24: nothing about the person is used, only the closed-posting rule
			const [rows, total] = await Promise.all([
				matchingRepo.newest(db, today, limit),
				matchingRepo.countOpen(db, today),
			]);
			return {
				personalised: false,
				total,
				items: rows.map((r) => ({
					...summary(toPosting(r, today)),
					score: 0,
					reasons: [],
					gaps: [],
				})),
			};
		}
		const seeker = await seekerFacts(row, today);
		const rules = await rulesNow();
		const rows = await matchingRepo.candidates(db, today, {
			category: seeker.category,
			components: seeker.components,
			level: seeker.level,
			certificates: seeker.certificates,
			townshipCode: seeker.townshipCode,
			difficulty: seeker.priorities.includes('employment_difficulty'),
		});
		const scored = rows.flatMap((r) => {
			const posting = toPosting(r, today);
			const v = evaluate(seeker, posting, rules);
			return v.eligible ? [{ posting, score: v.score, reasons: v.reasons, gaps: v.gaps }] : [];
		});
		const ranked = rankPostings(scored);
		return {
			personalised: true,
			total: ranked.length,
			items: ranked.slice(0, limit).map((r) => ({
				...summary(r.posting),
				score: r.score,
				reasons: r.reasons,
				gaps: r.gaps,
			})),
		};
	}

	return {
		async forSeeker(user: AuthUser, limit: number): Promise<RecommendationList> {
			return listFor(await seekerOf(user.personId), limit);
		},

		/** Staff acting for a seeker (代办) see the same list; the read is audited. */
		async forPerson(
			actor: AuthUser,
			personId: string,
			limit: number,
			meta: AuditMeta,
		): Promise<RecommendationList> {
			const row = await seekerOf(personId);
			const scope = scopeOf(actor);
			if (scope && row.person.townshipCode !== scope) throw new NotFoundError('person', personId);
			const list = await listFor(row, limit);
			await writeAudit(db, {
				actorUserId: actor.id,
				action: 'person.recommendations_view',
				entity: 'person',
				entityId: personId,
				...meta,
			});
			return list;
		},

		/** “为什么没有推荐给我”: the hard rules that leave this posting out, or its score. */
		async check(user: AuthUser, postingId: string): Promise<RecommendationCheck> {
			const row = await seekerOf(user.personId);
			const found = await matchingRepo.posting(db, postingId);
			// a draft or a posting under review is not there for a seeker
			if (!found || found.posting.publishedAt === null)
				throw new NotFoundError('posting', postingId);
			const today = localDay(now());
			const seeker = await seekerFacts(row, today);
			const v = evaluate(seeker, toPosting(found, today), await rulesNow());
			return v.eligible
				? {
						postingId,
						eligible: true,
						excluded: [],
						score: v.score,
						reasons: v.reasons,
						gaps: v.gaps,
					}
				: {
						postingId,
						eligible: false,
						excluded: v.excluded as RecommendationCheck['excluded'],
						score: null,
						reasons: [],
						gaps: [],
					};
		},

		/**
		 * Seekers for one of the employer's postings: only those it may see, filtered by the same
		 * hard rules, ranked by the same score, with reasons that use only what each shares.
		 */
		async candidatesFor(
			user: AuthUser,
			postingId: string,
			limit: number,
		): Promise<CandidateMatchList> {
			const found = await matchingRepo.posting(db, postingId);
			if (!found || !user.employerId || found.posting.employerId !== user.employerId)
				throw new NotFoundError('posting', postingId);
			if ((await matchingRepo.employerStatus(db, user.employerId)) !== 'approved')
				throw new ForbiddenError('单位通过审核以后，才能查看求职者。');
			const today = localDay(now());
			// the posting as a seeker would find it today, open or not: who would fit it
			const posting = { ...toPosting(found, today), open: true };
			const rules: MatchRules = { ...(await rulesNow()), audience: 'employer' };
			const rows = await matchingRepo.seekersFor(db, user.employerId, found.posting);
			const ids = rows.map((r) => r.person.id);
			const [certificates, priorities] = await Promise.all([
				matchingRepo.certificates(db, ids),
				matchingRepo.priorities(db, ids, today),
			]);
			const matches: (CandidateMatch & { order: number })[] = [];
			for (const row of rows) {
				const facts = { employerApproved: true, ...row, disclosure: row.person.disclosure };
				const seen = employerVisibility(facts);
				if (!seen.visible) continue;
				const seeker = toSeeker(
					row,
					certificates.get(row.person.id) ?? [],
					priorities.get(row.person.id) ?? [],
					today,
				);
				const v = evaluate(seeker, posting, rules);
				if (!v.eligible) continue;
				const disability = abilitiesVisible(facts);
				matches.push({
					personId: row.person.id,
					name: seen.name ? row.person.fullName : null,
					score: v.score,
					reasons: forEmployer(v.reasons, disability),
					gaps: forEmployer(v.gaps, disability),
					via: seen.via,
					// those who turned to this employer first among equals
					order: v.score + (seen.via === 'shared' ? 0 : 0.5),
				});
			}
			matches.sort((a, b) => b.order - a.order || a.personId.localeCompare(b.personId));
			return {
				total: matches.length,
				items: matches.slice(0, limit).map(({ order: _order, ...m }) => m),
			};
		},

		async setPersonalisation(
			user: AuthUser,
			body: PersonalisationBody,
			meta: AuditMeta,
		): Promise<PersonalisationBody> {
			const row = await seekerOf(user.personId);
			await db.transaction(async (tx) => {
				await matchingRepo.setPersonalised(tx, row.person.id, body.personalised);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'person.personalisation',
					entity: 'person',
					entityId: row.person.id,
					detail: { personalised: body.personalised },
					...meta,
				});
			});
			return { personalised: body.personalised };
		},
	};
}

function summary(p: MatchPosting): Omit<Recommendation, 'score' | 'reasons' | 'gaps'> {
	return {
		postingId: p.id,
		title: p.title,
		employerName: p.employerName,
		postType: p.postType as Recommendation['postType'],
		townshipCode: p.townshipCode,
	};
}
