import { and, eq, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
	FAIR_ORGANISERS,
	FAIR_STATE_LABELS,
	FAIR_STATE_MOVES,
	inGroup,
	type FairDetail,
	type FairInputSchema,
	type FairList,
	type FairNeed,
	type FairState,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { fairInterpreterHours, fairInterpreters, fairs, fairZones } from '@ronghe/db/schema';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { MatchingService } from '../matching/matching.service.js';
import type { FairsRepository } from './fairs.repository.js';
import { toBooths, toCounters, toFair } from './fairs.view.js';

type Deps = { db: Db; repo: FairsRepository; matching: MatchingService; now: () => Date };
export type FairsService = ReturnType<typeof createFairsService>;
type FairInput = z.output<typeof FairInputSchema>;
export type InterpreterInput = { name: string; hours: { startsAt: Date; endsAt: Date }[] }[];

const ORDER = { live: 0, upcoming: 1, draft: 2, finished: 3 } as const;
const organiser = (u: AuthUser | null) => !!u && inGroup(u.role, FAIR_ORGANISERS);

/** Fairs: the public list and page, and what organisers create, edit, publish, open and close. */
export function createFairsService({ db, repo, matching, now }: Deps) {
	async function visibleFair(user: AuthUser | null, id: string) {
		const f = await repo.fair(db, id);
		// a draft is the organisers' own until it is published
		if (!f || (f.state === 'draft' && !organiser(user))) throw new NotFoundError('fair', id);
		return f;
	}

	async function saveZones(tx: Db, fairId: string, input: FairInput) {
		const wanted = [
			...input.zones.map((name, position) => ({ kind: 'zone' as const, name, position })),
			...input.desks.map((name, position) => ({ kind: 'desk' as const, name, position })),
		];
		const names = wanted.map((z) => z.name);
		// zones kept by name keep their id, so booths stay in them
		await tx
			.delete(fairZones)
			.where(
				names.length
					? and(eq(fairZones.fairId, fairId), notInArray(fairZones.name, names))
					: eq(fairZones.fairId, fairId),
			);
		for (const z of wanted)
			await tx
				.insert(fairZones)
				.values({ fairId, ...z })
				.onConflictDoUpdate({
					target: [fairZones.fairId, fairZones.name],
					set: { kind: z.kind, position: z.position },
				});
	}

	const columns = (input: FairInput) => ({
		title: input.title,
		description: input.description,
		theme: input.theme,
		mode: input.mode,
		venue: input.venue,
		venueAccess: input.venueAccess,
		organizer: input.organizer,
		startsAt: input.startsAt,
		endsAt: input.endsAt,
		opensAtMinute: input.opensAtMinute,
		closesAtMinute: input.closesAtMinute,
		boothDeadline: input.boothDeadline,
	});

	return {
		/**
		 * Published fairs for everyone; organisers also see drafts, and each fair's booth counts.
		 * Live first.
		 */
		async list(user: AuthUser | null = null): Promise<FairList> {
			const staff = organiser(user);
			const [rows, counted] = await Promise.all([
				repo.list(db),
				staff ? repo.boothCounts(db) : Promise.resolve([]),
			]);
			const countsOf = (fairId: string) => {
				const n = (status: string) =>
					counted.find((c) => c.fairId === fairId && c.status === status)?.n ?? 0;
				return { pending: n('pending'), approved: n('approved'), refused: n('refused') };
			};
			const items = rows
				.filter((f) => f.state !== 'draft' || staff)
				.map((f) => ({ ...toFair(f), booths: staff ? countsOf(f.id) : null }))
				.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
			return { items };
		},

		async detail(user: AuthUser | null, id: string): Promise<FairDetail> {
			const f = await visibleFair(user, id);
			const staff = organiser(user);
			const [zones, boothRows, load, counters] = await Promise.all([
				repo.zones(db, id),
				repo.booths(db, id),
				repo.boothLoad(db, id),
				repo.counters(db, id),
			]);
			const mine = user?.role === 'employer' ? user.employerId : null;
			const shown = boothRows.filter(
				(b) => staff || b.booth.status === 'approved' || b.booth.employerId === mine,
			);
			const ids = shown.map((b) => b.booth.id);
			const [postings, reps] = await Promise.all([
				repo.boothPostings(db, ids),
				repo.boothReps(db, ids),
			]);
			let booths = toBooths(shown, postings, reps, load, !staff);
			const myBooth = booths.find((b) => b.employerId === mine) ?? null;
			if (!staff) booths = booths.filter((b) => b.status === 'approved');
			const registration =
				user?.role === 'seeker' && user.personId
					? ((await repo.registration(db, id, user.personId)) ?? null)
					: null;
			const personId = user?.role === 'seeker' ? user.personId : null;
			if (personId) booths = await ranked(personId, booths);
			const bookings = personId ? await repo.bookingsOf(db, id, personId) : [];
			return {
				...toFair(f),
				zones: zones.map((z) => ({
					id: z.id,
					kind: z.kind,
					name: z.name,
					description: z.description,
				})),
				booths,
				counters: toCounters(counters, now()),
				interpreters: staff
					? (await repo.interpreters(db, id)).map((i) => ({
							id: i.id,
							name: i.name,
							hours: i.hours.map((h) => ({
								startsAt: h.startsAt.toISOString(),
								endsAt: h.endsAt.toISOString(),
							})),
						}))
					: [],
				registration: registration && {
					needs: registration.needs as FairNeed[],
					maxInterviews: registration.maxInterviews,
				},
				myBooth,
				myBookings: bookings.map((b) => ({
					id: b.id,
					boothId: b.boothId,
					employerName: b.employerName,
					startsAt: b.startsAt.toISOString(),
					endsAt: b.endsAt.toISOString(),
					interpreter: b.interpreter ? { name: b.interpreter } : null,
					link: b.link,
				})),
			};
		},

		async counters(id: string) {
			const f = await repo.fair(db, id);
			if (!f || f.state === 'draft') throw new NotFoundError('fair', id);
			return toCounters(await repo.counters(db, id), now());
		},

		async create(input: FairInput) {
			return db.transaction(async (tx) => {
				const [row] = await tx.insert(fairs).values(columns(input)).returning();
				await saveZones(tx, row!.id, input);
				return toFair(row!);
			});
		},

		async update(id: string, input: FairInput) {
			return db.transaction(async (tx) => {
				const [row] = await tx
					.update(fairs)
					.set(columns(input))
					.where(eq(fairs.id, id))
					.returning();
				if (!row) throw new NotFoundError('fair', id);
				await saveZones(tx, id, input);
				return toFair(row);
			});
		},

		/** Publish, open, close (or take a published fair back to draft). */
		async setState(id: string, to: FairState) {
			const f = await repo.fair(db, id);
			if (!f) throw new NotFoundError('fair', id);
			if (f.state === to) return toFair(f);
			if (!FAIR_STATE_MOVES[f.state].includes(to))
				throw new ConflictError(
					'fair_state',
					`招聘会现在是“${FAIR_STATE_LABELS[f.state]}”，不能改成“${FAIR_STATE_LABELS[to]}”。`,
				);
			const [row] = await db
				.update(fairs)
				.set({ state: to })
				.where(and(eq(fairs.id, id), eq(fairs.state, f.state)))
				.returning();
			// another organiser moved it first: answer with what it is now
			return toFair(row ?? (await repo.fair(db, id))!);
		},

		/** Replaces the interpreter pool: names and the hours each is free. */
		async setInterpreters(fairId: string, pool: InterpreterInput) {
			const f = await repo.fair(db, fairId);
			if (!f) throw new NotFoundError('fair', fairId);
			await db.transaction(async (tx) => {
				const existing = await repo.interpreters(tx, fairId);
				for (const p of pool) {
					const found = existing.find((e) => e.name === p.name);
					const id =
						found?.id ??
						(await tx.insert(fairInterpreters).values({ fairId, name: p.name }).returning())[0]!.id;
					await tx.delete(fairInterpreterHours).where(eq(fairInterpreterHours.interpreterId, id));
					if (p.hours.length)
						await tx
							.insert(fairInterpreterHours)
							.values(p.hours.map((h) => ({ interpreterId: id, ...h })));
				}
				for (const e of existing.filter((e) => !pool.some((p) => p.name === e.name)))
					await tx.delete(fairInterpreters).where(eq(fairInterpreters.id, e.id));
			});
			return repo.interpreters(db, fairId);
		},
	};

	/** Booths ranked for a seeker by their best posting's score, each posting with its reasons. */
	async function ranked(personId: string, booths: FairDetail['booths']) {
		const ids = booths.flatMap((b) => b.postings.map((p) => p.id));
		const verdicts = new Map(
			(await matching.verdicts(personId, ids).catch(() => [])).map((v) => [v.postingId, v]),
		);
		return booths
			.map((b) => {
				const postings = b.postings
					.map((p) => {
						const v = verdicts.get(p.id);
						return v?.eligible
							? { ...p, score: v.score ?? 0, reasons: v.reasons.map((r) => r.text) }
							: { ...p, score: 0, reasons: [] };
					})
					.sort((x, y) => y.score - x.score);
				return { ...b, postings, score: postings[0]?.score ?? 0 };
			})
			.sort((x, y) => y.score - x.score);
	}
}
