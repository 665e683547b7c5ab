/**
 * The quota overview's per-employer figures for a year, kept computed (issue 11 item 11). The
 * county used to be recomputed on every page view (7.6 s at 100,000 employers). Now each view
 * first reads what changed since the last one (quota_input_changes, appended by triggers in the
 * writers' own transactions) and recomputes only those employers, or the whole year when a
 * county-wide input changed (a rule, a wage, a township, a setting). So the figures are never
 * older than the last committed change, and an unchanged county costs two small queries.
 */
import type { QuotaEmployerRow } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { LevyRepository } from '../levy/levy.repository.js';
import type { EmployerYear, LevyService } from '../levy/levy.service.js';

type Deps = { db: Db; levy: LevyService; levyRepo: LevyRepository };
type Computed = Awaited<ReturnType<LevyService['computeYear']>>;
export type YearFigures = {
	collectionYear: number;
	local: Computed['local'];
	/** Sorted: largest shortfall first, then levy, then name. */
	rows: QuotaEmployerRow[];
};
type Cached = YearFigures & { horizon: number; seen: Set<number> };

// beyond this many changed employers one full pass is quicker than a long id list
const MAX_INCREMENTAL = 5000;
// up to this many changed rows are inserted one by one (each a binary search and a splice)
const MAX_INSERTED = 64;
const collator = new Intl.Collator('zh-CN');

export const toRow = (e: EmployerYear): QuotaEmployerRow => ({
	employerId: e.employerId,
	name: e.name,
	kind: e.kind,
	townshipCode: e.townshipCode,
	townshipName: e.townshipName,
	averageStaff: e.result.averageStaff,
	requiredCount: e.result.requiredCount,
	placedCount: e.result.countedDisabled,
	shortfall: e.result.shortfall,
	levyDue: e.result.levyDue,
	exempt: e.result.exempt,
});

// the rows stay nearly sorted between updates, which the engine's merge sort handles in ~n steps
const byShortfall = (a: QuotaEmployerRow, b: QuotaEmployerRow) =>
	b.shortfall - a.shortfall || b.levyDue - a.levyDue || collator.compare(a.name, b.name);

/** Where `row` goes in rows sorted by `byShortfall`: after every row that sorts before it. */
function placeOf(rows: QuotaEmployerRow[], row: QuotaEmployerRow): number {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (byShortfall(rows[mid]!, row) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export function createQuotaFigures({ db, levy, levyRepo }: Deps) {
	const cache = new Map<number, Cached>();
	// updates of a year run one after another; a view never shares an update that began before
	// its own request, which might have missed a change the viewer has just committed
	const pending = new Map<number, Promise<unknown>>();

	async function full(year: number, horizon: number, seen: Set<number>): Promise<Cached> {
		const computed = await levy.computeYear(year);
		return {
			collectionYear: computed.collectionYear,
			local: computed.local,
			rows: computed.employers.map(toRow).sort(byShortfall),
			horizon,
			seen,
		};
	}

	async function update(year: number): Promise<Cached> {
		const c = cache.get(year);
		// with nothing cached, every change so far is in the full pass: start from the horizon
		const since = c?.horizon ?? (await levyRepo.inputChanges(db, Number.MAX_SAFE_INTEGER)).horizon;
		const { horizon, rows: changes } = await levyRepo.inputChanges(db, since);
		const seen = new Set(changes.map((ch) => ch.seq));
		if (!c) return full(year, horizon, seen);
		const fresh = changes.filter((ch) => !c.seen.has(ch.seq));
		if (!fresh.length) return { ...c, horizon, seen };
		const ids = new Set(fresh.map((ch) => ch.employerId));
		if (ids.has(null) || ids.size > MAX_INCREMENTAL) return full(year, horizon, seen);
		const computed = await levy.computeYear(year, [...ids] as string[]);
		const rows = c.rows.filter((r) => !ids.has(r.employerId));
		const changed = computed.employers.map(toRow);
		// A few changed employers are put in their places by binary search: a re-sort, even of
		// nearly sorted rows, compares ~n names with the zh-CN collator when shortfall and levy tie
		// (most employers owe nothing), which was most of a changed view's time at 100,000.
		if (changed.length <= MAX_INSERTED) {
			for (const r of changed) rows.splice(placeOf(rows, r), 0, r);
		} else {
			rows.push(...changed);
			rows.sort(byShortfall);
		}
		return { collectionYear: computed.collectionYear, local: computed.local, rows, horizon, seen };
	}

	return {
		/** The year's figures as of the last committed change. */
		async year(year: number): Promise<YearFigures> {
			const next = (pending.get(year) ?? Promise.resolve())
				.catch(() => undefined)
				.then(() => update(year))
				.then((c) => {
					cache.set(year, c);
					return c;
				});
			pending.set(year, next);
			void next
				.finally(() => {
					if (pending.get(year) === next) pending.delete(year);
				})
				.catch(() => undefined);
			return next;
		},
	};
}
export type QuotaFigures = ReturnType<typeof createQuotaFigures>;
