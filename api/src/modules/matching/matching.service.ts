import {
	ABILITY_ITEMS,
	certificateLabel,
	PASSPORT_NEEDS,
	type CandidateMatch,
	type CandidateMatchList,
	type PersonalisationBody,
	type RecommendationCheck,
	type RecommendationList,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import {
	abilitiesVisible,
	employerVisibility,
	passportVisible,
} from '../candidates/candidates.visibility.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import { crowdingPenalty, evaluate, rankOrder, rankPostings } from './engine.js';
import type { MatchRules, MatchSeeker } from './engine.types.js';
import { createMatchIndexes } from './match-index.js';
import { createMatchIndexRepository, type MatchIndexRepository } from './match-index.repository.js';
import {
	candidateOrder,
	forEmployer,
	label,
	summary,
	toCheck,
	toPosting,
	toSeeker,
	weightsFrom,
	type SeekerRow,
} from './matching.inputs.js';
import type { MatchingRepository, PostingRow } from './matching.repository.js';
import { topByBound } from './top-by-bound.js';
import { demandCheck, needCheck, offerLabel, type OccupationRows } from './vocabulary.js';

type Deps = { db: Db; matchingRepo: MatchingRepository; now: () => Date };
export type MatchingService = ReturnType<typeof createMatchingService>;

/** Recommendations for a seeker, the why-not of one posting, and the personalisation switch. */
export function createMatchingService({ db, matchingRepo, now }: Deps) {
	// every posting and seeker in memory, kept up to date from match_changes
	const indexRepo = createMatchIndexRepository();
	const indexes = createMatchIndexes(indexRepo, (d) => matchingRepo.occupations(d));
	/** The rules of today, with the occupations table they read (names, aliases). */
	async function rulesNow(): Promise<MatchRules & { occupations: OccupationRows }> {
		const [rows, weights, open] = await Promise.all([
			matchingRepo.occupations(db),
			matchingRepo.weights(db),
			matchingRepo.openCourses(db, localDay(now())),
		]);
		const occupations = new Map(rows.map((r) => [r.code, r.name]));
		return {
			occupations: rows,
			courses: (code) => open.get(code) ?? [],
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
	async function seekerFacts(
		row: SeekerRow,
		today: string,
		occupations: OccupationRows,
	): Promise<MatchSeeker> {
		const id = row.person.id;
		const [certificates, priorities] = await Promise.all([
			matchingRepo.certificates(db, [id]),
			matchingRepo.priorities(db, [id], today),
		]);
		return toSeeker(row, certificates.get(id) ?? [], priorities.get(id) ?? [], today, occupations);
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
		const rules = await rulesNow();
		const seeker = await seekerFacts(row, today, rules.occupations);
		const prefilter = {
			category: seeker.category,
			components: seeker.components,
			level: seeker.level,
			certificates: seeker.certificates,
			townshipCode: seeker.townshipCode,
			difficulty: seeker.priorities.includes('employment_difficulty'),
		};
		const score = (r: PostingRow) => {
			const posting = toPosting(r, today);
			const v = evaluate(seeker, posting, rules);
			return v.eligible
				? [
						{
							posting,
							score: v.score,
							reasons: v.reasons,
							gaps: v.gaps,
							order: v.score - crowdingPenalty(posting),
						},
					]
				: [];
		};
		const context = { weights: rules.weights, now: rules.now.getTime(), today };
		const byOrder = await indexes.postingsFor(db, seeker, context);
		const top = await topByBound(
			async (n, offset) => byOrder.page(n, offset),
			async (ids) =>
				new Map(
					(await matchingRepo.postingsById(db, ids)).flatMap(score).map((m) => [m.posting.id, m]),
				),
			rankOrder,
			limit,
		);
		// the index and the rules disagree: score every posting the prefilter leaves in
		const eligible = top ?? {
			items: (await matchingRepo.candidates(db, today, prefilter)).flatMap(score),
			total: undefined,
		};
		const ranked = rankPostings(eligible.items);
		return {
			personalised: true,
			total: eligible.total ?? ranked.length,
			items: ranked.slice(0, limit).map((r) => ({
				...summary(r.posting),
				score: r.score,
				reasons: r.reasons,
				gaps: r.gaps,
			})),
		};
	}

	async function verdicts(
		personId: string | null,
		postingIds: readonly string[],
	): Promise<RecommendationCheck[]> {
		const row = await seekerOf(personId);
		const found = (await matchingRepo.postingsById(db, postingIds)).filter(
			(p) => p.posting.publishedAt !== null,
		);
		const today = localDay(now());
		const rules = await rulesNow();
		const seeker = await seekerFacts(row, today, rules.occupations);
		return found.map((f) => toCheck(f.posting.id, evaluate(seeker, toPosting(f, today), rules)));
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
			const found = (await verdicts(user.personId, [postingId]))[0];
			// a draft or a posting under review is not there for a seeker
			if (!found) throw new NotFoundError('posting', postingId);
			return found;
		},

		/** The same verdicts for several published postings at once (a fair's booths). */
		verdicts,

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
			const rules = { ...(await rulesNow()), audience: 'employer' } as const;
			const employerId = user.employerId;
			type Row = Awaited<ReturnType<MatchIndexRepository['seekersById']>>[number];
			const score = async (rows: Row[]) => {
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
						rules.occupations,
					);
					const v = evaluate(seeker, posting, rules);
					if (!v.eligible) continue;
					const shared = {
						abilities: abilitiesVisible(facts),
						passport: passportVisible(facts),
					};
					matches.push({
						personId: row.person.id,
						name: seen.name ? row.person.fullName : null,
						score: v.score,
						reasons: forEmployer(v.reasons, shared),
						gaps: forEmployer(v.gaps, shared),
						via: seen.via,
						// those who turned to this employer first among equals
						order: v.score + (seen.via === 'shared' ? 0 : 0.5),
					});
				}
				return matches;
			};
			const context = { weights: rules.weights, now: rules.now.getTime(), today };
			const byOrder = await indexes.seekersFor(db, employerId, posting, context);
			const top = await topByBound(
				async (n, offset) => byOrder.page(n, offset),
				async (ids) =>
					new Map(
						(await score(await indexRepo.seekersById(db, employerId, ids))).map((m) => [
							m.personId,
							m,
						]),
					),
				candidateOrder,
				limit,
			);
			// the index and the rules disagree: score every seeker the prefilter leaves in
			const matches =
				top?.items ?? (await score(await matchingRepo.seekersFor(db, employerId, found.posting)));
			matches.sort(candidateOrder);
			return {
				total: top?.total ?? matches.length,
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
