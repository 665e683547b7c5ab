import { MULTIPLE_DISABILITY } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { MatchPosting, MatchSeeker } from './engine.types.js';
import {
	dayNumber,
	Distances,
	fastPosting,
	fastPostingOrder,
	fastScore,
	fastSeeker,
	lookupsOf,
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

/**
 * The rows of an index by id, and each also under the small numbers `keys` gives it (a posting
 * under every category it accepts, a seeker under theirs), so a list reads only the buckets that
 * can match.
 */
export class Buckets<T extends { id: string }> {
	readonly all = new Map<string, T>();
	private readonly by: Map<string, T>[];
	/** each bucket as an array, made again after a change: reading an array is faster */
	private readonly arrays: (T[] | null)[];
	constructor(
		size: number,
		private readonly keys: (t: T) => readonly number[],
	) {
		this.by = Array.from({ length: size }, () => new Map<string, T>());
		this.arrays = this.by.map(() => null);
	}
	set(t: T) {
		this.delete(t.id);
		this.all.set(t.id, t);
		for (const k of this.keys(t)) {
			this.by[k]!.set(t.id, t);
			this.arrays[k] = null;
		}
	}
	delete(id: string) {
		const old = this.all.get(id);
		if (!old) return;
		this.all.delete(id);
		for (const k of this.keys(old)) {
			this.by[k]!.delete(id);
			this.arrays[k] = null;
		}
	}
	bucket(k: number): readonly T[] {
		return (this.arrays[k] ??= [...this.by[k]!.values()]);
	}
}

type State<T extends { id: string }> = {
	horizon: number;
	builtAt: number;
	day: string;
	entries: Buckets<T>;
};

/**
 * One index: `build` reads everything, `apply` reads again what the changes name. Refreshes run
 * one at a time, so a slower read can never overwrite a newer one.
 */
function tracked<T extends { id: string }>(
	repo: MatchIndexRepository,
	kinds: readonly string[],
	build: (db: Db, day: string) => Promise<Buckets<T>>,
	apply: (db: Db, entries: Buckets<T>, changes: Change[], day: string) => Promise<void>,
	dayMatters: boolean,
) {
	let state: State<T> | undefined;
	let rebuilding: Promise<void> | undefined;
	let queue: Promise<unknown> = Promise.resolve();
	const fresh = async (db: Db, day: string): Promise<State<T>> => {
		const horizon = await repo.horizon(db);
		return { horizon, builtAt: Date.now(), day, entries: await build(db, day) };
	};
	async function refresh(db: Db, day: string): Promise<Buckets<T>> {
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
	return (db: Db, day: string): Promise<Buckets<T>> => {
		const run = queue.then(() => refresh(db, day));
		queue = run.catch(() => {});
		return run;
	};
}

type IndexedSeeker = FastSeeker;
/** What a list request fixes besides the distances: weights, time, the county's day. */
type FastRequest = Omit<FastContext, 'distances' | 'day' | 'one'>;

/** The set bits of a mask, lowest first. */
const bitsOf = (mask: number) => {
	const out: number[] = [];
	for (let b = 0; b < 31; b++) if ((mask >> b) & 1) out.push(b);
	return out;
};

/**
 * An order at or below the `need`-th best (Infinity for none): counted into 256 bins between the
 * lowest and the highest order, so that only the rows at or above it need sorting (a few hundred
 * of tens of thousands).
 */
export function nthBest(orders: readonly number[], need: number): number {
	if (need <= 0) return Infinity;
	let lo = Infinity;
	let hi = -Infinity;
	for (const o of orders) {
		if (o < lo) lo = o;
		if (o > hi) hi = o;
	}
	if (need >= orders.length || lo === hi) return lo;
	const BINS = 256;
	const width = (hi - lo) / BINS;
	const counts = new Uint32Array(BINS + 1);
	for (const o of orders) counts[Math.floor((o - lo) / width)]!++;
	let seen = 0;
	let bin = BINS;
	for (; bin > 0; bin--) {
		seen += counts[bin]!;
		if (seen >= need) break;
	}
	// the lowest order of that bin and above: bins follow the orders, so the best `need` are there
	let threshold = Infinity;
	for (const o of orders) if (Math.floor((o - lo) / width) >= bin && o < threshold) threshold = o;
	return threshold;
}

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
				const threshold = nthBest(orders, need);
				sorted = [];
				for (let i = 0; i < orders.length; i++) if (orders[i]! >= threshold) sorted.push(i);
				sorted.sort(compare);
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

/** Ids compared as the rules compare them (localeCompare orders uuids as plain text does). */
const idOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newerFirst = (a: FastPosting, b: FastPosting) =>
	(b.publishedAt || 0) - (a.publishedAt || 0) || idOrder(a.id, b.id);
/** Below every uuid: reading a table in order of id starts after it. */
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const byId = (a: { id: string }, b: { id: string }) => idOrder(a.id, b.id);

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
			const entries = new Buckets<FastPosting>(8, (p) => bitsOf(p.categories));
			for (let after = FIRST_ID; ;) {
				const rows = await repo.postings(db, { after });
				if (rows.length === 0) break;
				for (const r of rows) entries.set(toFast(r));
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
				if (r.posting.status === 'published') entries.set(toFast(r));
				else entries.delete(r.posting.id);
		},
		false,
	);

	type SeekerRows = Awaited<ReturnType<MatchIndexRepository['seekers']>>;
	type Facts = Awaited<ReturnType<MatchIndexRepository['seekerFacts']>>;
	function readSeekers(
		rows: SeekerRows,
		facts: Facts,
		occupationRows: OccupationRows,
		day: string,
		into: Buckets<IndexedSeeker>,
	) {
		for (const r of rows) {
			const id = r.person.id;
			const seeker: MatchSeeker = toSeeker(
				r as Parameters<typeof toSeeker>[0],
				facts.certificates.get(id) ?? [],
				facts.priorities.get(id) ?? [],
				day,
				occupationRows,
			);
			const shareable =
				facts.shared.has(id) &&
				(r.person.disclosure === 'summary' || r.person.disclosure === 'full');
			into.set(fastSeeker(seeker, id, shareable));
		}
	}
	const seekerBuckets = () =>
		new Buckets<IndexedSeeker>(16, (s) => [s.category * 2 + (s.shareable ? 1 : 0)]);
	const seekers = tracked<IndexedSeeker>(
		repo,
		['person'],
		async (db, day) => {
			const entries = seekerBuckets();
			// every seeker's certificates, statuses and consents in three queries, then the seekers
			const [facts, occupationRows] = await Promise.all([
				repo.seekerFacts(db, null, day),
				occupations(db),
			]);
			for (let after = FIRST_ID; ;) {
				const rows = await repo.seekers(db, { after });
				if (rows.length === 0) break;
				readSeekers(rows, facts, occupationRows, day, entries);
				after = rows.at(-1)!.person.id;
			}
			return entries;
		},
		async (db, entries, changes, day) => {
			const ids = [...new Set(changes.map((c) => c.ref).filter((r): r is string => !!r))];
			for (const id of ids) entries.delete(id);
			const [rows, facts, occupationRows] = await Promise.all([
				repo.seekers(db, { ids }),
				repo.seekerFacts(db, ids, day),
				occupations(db),
			]);
			readSeekers(rows, facts, occupationRows, day, entries);
		},
		true,
	);

	return {
		/** Postings open for this seeker, best order first (a page at a time). */
		async postingsFor(db: Db, seeker: MatchSeeker, request: FastRequest) {
			const s = fastSeeker(seeker, '', false);
			const c: FastContext = {
				...request,
				day: dayNumber(request.today),
				distances: new Distances(s.place, true),
				one: lookupsOf(s),
			};
			const index = await postings(db, c.today);
			const hits: FastPosting[] = [];
			const orders: number[] = [];
			const visit = (bucket: readonly FastPosting[], skip: number) => {
				for (let i = 0; i < bucket.length; i++) {
					const p = bucket[i]!;
					if (p.categories & skip) continue;
					const order = fastPostingOrder(s, p, c);
					if (order === order) {
						hits.push(p);
						orders.push(order);
					}
				}
			};
			// the postings that accept the seeker's category; for 多重残疾 also those that accept
			// all its components (each holds the lowest one), each posting once
			visit(index.bucket(s.category), 0);
			const lowest = bitsOf(s.components)[0];
			if (s.category === MULTIPLE_DISABILITY && lowest !== undefined)
				visit(index.bucket(lowest), 1 << MULTIPLE_DISABILITY);
			return ranking(hits, orders, newerFirst);
		},
		/**
		 * Seekers this employer may see who fit the posting (whatever its status), best order
		 * first: those who turned to the employer (applied, accepted an invitation) first among
		 * equals.
		 */
		async seekersFor(db: Db, employerId: string, posting: MatchPosting, request: FastRequest) {
			const p = fastPosting(posting, { published: true, closingDate: null });
			const c: FastContext = {
				...request,
				day: dayNumber(request.today),
				distances: new Distances(p.place, false),
			};
			const [all, turned] = await Promise.all([
				seekers(db, c.today),
				repo.turnedTo(db, employerId),
			]);
			const hits: IndexedSeeker[] = [];
			const orders: number[] = [];
			const consider = (s: IndexedSeeker, toThem: boolean) => {
				const score = fastScore(s, p, c, false);
				if (score === score) {
					hits.push(s);
					orders.push(score + (toThem ? 0.5 : 0));
				}
			};
			// seekers who share their profile, in the categories the posting may accept (多重残疾
			// always: its components decide), then those who turned to this employer and do not
			for (let category = 1; category <= MULTIPLE_DISABILITY; category++)
				if ((p.categories >> category) & 1 || category === MULTIPLE_DISABILITY)
					for (const s of all.bucket(category * 2 + 1)) consider(s, turned.has(s.id));
			for (const id of turned) {
				const s = all.all.get(id);
				if (s && !s.shareable) consider(s, true);
			}
			return ranking(hits, orders, byId);
		},
	};
}

export type MatchIndexes = ReturnType<typeof createMatchIndexes>;
