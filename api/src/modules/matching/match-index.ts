import type { Db } from '@ronghe/db';
import type { MatchPosting, MatchSeeker } from './engine.types.js';
import {
	fastPosting,
	fastPostingOrder,
	fastScore,
	fastSeeker,
	type FastContext,
	type FastPosting,
	type FastSeeker,
} from './fast-order.js';
import type { MatchIndexRepository } from './match-index.repository.js';
import type { Bound } from './matching-bounds.sql.js';
import { toPosting, toSeeker } from './matching.inputs.js';
import type { OccupationRows } from './vocabulary.js';

/**
 * Every published posting and every seeker in memory, in the compact form of fast-order.ts, kept
 * up to date from `match_changes` (docs/matching.md, "Speed"). Before each use the index reads
 * the changes committed since it last looked (one indexed query) and reads those postings or
 * seekers again; everything is read again when the day changes, when the occupations or
 * townships change, after many changes at once, and every half hour in the background.
 *
 * The index only orders; the service judges every row it shows with engine.ts on rows read from
 * the database then. A stale entry can therefore misplace a row, never show a wrong one.
 */

/** After this long the whole index is read again (in the background). */
const REBUILD_AFTER_MS = 30 * 60_000;
/** More changes than this at once: read everything again rather than row by row. */
const MAX_CHANGES = 20_000;

type Change = { kind: string; ref: string | null };
type State<T> = { horizon: number; builtAt: number; day: string; entries: Map<string, T> };

/**
 * One index: `build` reads everything, `apply` reads again what the changes name. Refreshes run
 * one at a time, so a slower read can never overwrite a newer one.
 */
function tracked<T>(
	repo: MatchIndexRepository,
	kinds: readonly string[],
	build: (db: Db, day: string) => Promise<Map<string, T>>,
	apply: (db: Db, entries: Map<string, T>, changes: Change[], day: string) => Promise<void>,
	dayMatters: boolean,
) {
	let state: State<T> | undefined;
	let rebuilding: Promise<void> | undefined;
	let queue: Promise<unknown> = Promise.resolve();
	const fresh = async (db: Db, day: string): Promise<State<T>> => {
		const horizon = await repo.horizon(db);
		return { horizon, builtAt: Date.now(), day, entries: await build(db, day) };
	};
	async function refresh(db: Db, day: string): Promise<Map<string, T>> {
		if (!state || (dayMatters && state.day !== day)) {
			state = await fresh(db, day);
			await repo.forgetOldChanges(db);
			return state.entries;
		}
		if (!rebuilding && Date.now() - state.builtAt > REBUILD_AFTER_MS)
			rebuilding = fresh(db, day)
				.then((next) => {
					if (state && next.day === state.day) state = next;
				})
				.catch(() => {})
				.finally(() => (rebuilding = undefined));
		const current = state;
		const { horizon, changes } = await repo.changesSince(db, current.horizon, kinds);
		if (changes.some((c) => c.kind === 'all') || changes.length > MAX_CHANGES)
			state = await fresh(db, day);
		else {
			if (changes.length) await apply(db, current.entries, changes, day);
			current.horizon = Math.max(current.horizon, horizon);
		}
		return state.entries;
	}
	return (db: Db, day: string): Promise<Map<string, T>> => {
		const run = queue.then(() => refresh(db, day));
		queue = run.catch(() => {});
		return run;
	};
}

/** A seeker as the candidates list reads them: the compact form and the visibility facts. */
export type IndexedSeeker = FastSeeker & { id: string; shareable: boolean };

/** Eligible rows with their orders; pages best first, ties broken by `tie`. */
export function ranking<T extends { id: string }>(
	hits: T[],
	orders: number[],
	tie: (a: T, b: T) => number,
) {
	let sorted: number[] = [];
	let upTo = 0;
	const compare = (a: number, b: number) => orders[b]! - orders[a]! || tie(hits[a]!, hits[b]!);
	return {
		total: hits.length,
		page(limit: number, offset: number): Bound[] {
			const need = Math.min(hits.length, offset + limit);
			if (need > upTo) {
				// the need-th best order, then only the rows at or above it are sorted
				const all = Float64Array.from(orders).sort();
				const threshold = need ? all[all.length - need]! : Infinity;
				sorted = orders.flatMap((o, i) => (o >= threshold ? [i] : [])).sort(compare);
				upTo = need;
			}
			return sorted.slice(offset, offset + limit).map((i) => ({
				id: hits[i]!.id,
				bound: orders[i]!,
				total: hits.length,
			}));
		},
	};
}

const newerFirst = (a: FastPosting, b: FastPosting) =>
	(b.publishedAt ?? 0) - (a.publishedAt ?? 0) || a.id.localeCompare(b.id);
/** Below every uuid: reading a table in order of id starts after it. */
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

export function createMatchIndexes(
	repo: MatchIndexRepository,
	occupations: (db: Db) => Promise<OccupationRows>,
) {
	type Row = Awaited<ReturnType<MatchIndexRepository['postings']>>[number];
	const toFast = (r: Row) =>
		fastPosting(toPosting(r, '') as MatchPosting, {
			published: r.posting.status === 'published',
			closingDate: r.posting.closingDate,
		});
	const postings = tracked<FastPosting>(
		repo,
		['posting', 'employer', 'applications'],
		async (db) => {
			const entries = new Map<string, FastPosting>();
			for (let after = FIRST_ID; ;) {
				const rows = await repo.postings(db, { after });
				if (rows.length === 0) break;
				for (const r of rows) entries.set(r.posting.id, toFast(r));
				after = rows.at(-1)!.posting.id;
			}
			return entries;
		},
		async (db, entries, changes) => {
			const ids = changes.filter((c) => c.kind !== 'employer' && c.ref).map((c) => c.ref!);
			const employers = changes.filter((c) => c.kind === 'employer' && c.ref).map((c) => c.ref!);
			const rows = [
				...(ids.length ? await repo.postings(db, repo.byPostingIds(ids)) : []),
				...(employers.length ? await repo.postings(db, repo.byEmployerIds(employers)) : []),
			];
			for (const id of ids) entries.delete(id);
			for (const r of rows)
				if (r.posting.status === 'published') entries.set(r.posting.id, toFast(r));
				else entries.delete(r.posting.id);
		},
		false,
	);

	type SeekerRows = Awaited<ReturnType<MatchIndexRepository['seekers']>>;
	async function readSeekers(
		db: Db,
		rows: SeekerRows,
		day: string,
		into: Map<string, IndexedSeeker>,
	) {
		const ids = rows.map((r) => r.person.id);
		const [facts, occupationRows] = await Promise.all([
			repo.seekerFacts(db, ids, day),
			occupations(db),
		]);
		const group = <R extends { personId: string }>(xs: R[]) => {
			const by = new Map<string, R[]>();
			for (const x of xs) by.set(x.personId, [...(by.get(x.personId) ?? []), x]);
			return by;
		};
		const certificates = group(facts.certificates);
		const priorities = group(facts.priorities);
		for (const r of rows) {
			const id = r.person.id;
			const seeker: MatchSeeker = toSeeker(
				r as Parameters<typeof toSeeker>[0],
				certificates.get(id) ?? [],
				(priorities.get(id) ?? []).map((p) => p.kind),
				day,
				occupationRows,
			);
			const shareable =
				facts.shared.has(id) &&
				(r.person.disclosure === 'summary' || r.person.disclosure === 'full');
			into.set(id, { ...fastSeeker(seeker), id, shareable });
		}
	}
	const seekers = tracked<IndexedSeeker>(
		repo,
		['person'],
		async (db, day) => {
			const entries = new Map<string, IndexedSeeker>();
			for (let after = FIRST_ID; ;) {
				const rows = await repo.seekers(db, { after });
				if (rows.length === 0) break;
				await readSeekers(db, rows, day, entries);
				after = rows.at(-1)!.person.id;
			}
			return entries;
		},
		async (db, entries, changes, day) => {
			const ids = [...new Set(changes.map((c) => c.ref).filter((r): r is string => !!r))];
			for (const id of ids) entries.delete(id);
			await readSeekers(db, await repo.seekers(db, { ids }), day, entries);
		},
		true,
	);

	return {
		/** Postings open for this seeker, best order first (a page at a time). */
		async postingsFor(db: Db, seeker: MatchSeeker, c: FastContext) {
			const s = fastSeeker(seeker);
			const hits: FastPosting[] = [];
			const orders: number[] = [];
			for (const p of (await postings(db, c.today)).values()) {
				const order = fastPostingOrder(s, p, c);
				if (order === order) {
					hits.push(p);
					orders.push(order);
				}
			}
			return ranking(hits, orders, newerFirst);
		},
		/**
		 * Seekers this employer may see who fit the posting (whatever its status), best order
		 * first: those who turned to the employer (applied, accepted an invitation) first among
		 * equals.
		 */
		async seekersFor(db: Db, employerId: string, posting: MatchPosting, c: FastContext) {
			const p = fastPosting(posting, { published: true, closingDate: null });
			const [all, turned] = await Promise.all([
				seekers(db, c.today),
				repo.turnedTo(db, employerId),
			]);
			const hits: IndexedSeeker[] = [];
			const orders: number[] = [];
			for (const s of all.values()) {
				const toThem = turned.has(s.id);
				if (!s.shareable && !toThem) continue;
				const score = fastScore(s, p, c, false);
				if (score === score) {
					hits.push(s);
					orders.push(score + (toThem ? 0.5 : 0));
				}
			}
			return ranking(hits, orders, byId);
		},
	};
}

export type MatchIndexes = ReturnType<typeof createMatchIndexes>;
