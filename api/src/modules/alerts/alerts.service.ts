import {
	SAVED_SEARCH_LIMIT,
	SavedSearchQuerySchema,
	type CreateSavedSearchBody,
	type Notification,
	type NotificationList,
	type NotificationListQuery,
	type SavedSearch,
	type SavedSearchQuery,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type {
	Notification as NotificationRow,
	SavedSearch as SavedSearchRow,
} from '@ronghe/db/schema';
import { pinyinMatches } from '@ronghe/search';
import { NotFoundError, RuleViolationError } from '../../errors.js';
import { latinWords, localDay } from '../postings/postings-filter.sql.js';
import type { AlertsRepository } from './alerts.repository.js';
import type { Notifier } from './notifier.js';

type User = { id: string };
type Deps = {
	db: Db;
	alertsRepo: AlertsRepository;
	notifier: Notifier;
	now: () => Date;
	/** word → words meaning the same (the search synonyms), so alerts match like search does */
	synonyms: Record<string, string[]>;
};
export type AlertsService = ReturnType<typeof createAlertsService>;
export type MatchResult = { searches: number; notifications: number };

/**
 * Each run looks back this far before `checkedAt`: a posting whose publishing transaction had
 * not committed when the previous run looked is still found, and the dedupe key keeps the second
 * look from notifying twice.
 */
const LOOK_BACK_MS = 5 * 60_000;
/** A flood guard: at most this many notifications per saved search per run. */
const MAX_PER_SEARCH = 50;
/** Postings a pinyin search looks through in one run (new postings since the last run). */
const MAX_PINYIN_CANDIDATES = 2000;

/** Empty text and empty lists mean "any"; stored in one shape so equal searches compare equal. */
function normalise(q: SavedSearchQuery): SavedSearchQuery {
	return {
		...(q.q?.trim() ? { q: q.q.trim().replace(/\s+/g, ' ') } : {}),
		...(q.township ? { township: q.township } : {}),
		postType: [...new Set(q.postType)].sort(),
		workMode: [...new Set(q.workMode)].sort(),
		category: [...new Set(q.category)].sort((a, b) => a - b),
		...(q.payMin !== undefined ? { payMin: q.payMin } : {}),
		accommodations: [...new Set(q.accommodations)].sort(),
		...(q.fair ? { fair: q.fair } : {}),
	};
}

/** jsonb does not keep key order, so queries are compared with their keys sorted. */
const key = (q: object) =>
	JSON.stringify(Object.entries(q).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function toSaved(row: SavedSearchRow): SavedSearch {
	const parsed = SavedSearchQuerySchema.safeParse(row.query);
	return {
		id: row.id,
		name: row.name,
		query: parsed.success ? parsed.data : normalise(SavedSearchQuerySchema.parse({})),
		createdAt: row.createdAt.toISOString(),
		checkedAt: row.checkedAt.toISOString(),
	};
}

function toNotification(row: NotificationRow): Notification {
	return {
		id: row.id,
		kind: row.kind,
		title: row.title,
		body: row.body,
		link: row.link,
		createdAt: row.createdAt.toISOString(),
		readAt: row.readAt ? row.readAt.toISOString() : null,
	};
}

export function createAlertsService({ db, alertsRepo: repo, notifier, now, synonyms }: Deps) {
	async function matchOne(id: string, until: Date): Promise<number | undefined> {
		return db.transaction(async (tx) => {
			const s = await repo.lockSaved(tx as unknown as Db, id);
			if (!s) return undefined; // another process is matching it right now
			const parsed = SavedSearchQuerySchema.safeParse(s.query);
			let created = 0;
			if (parsed.success) {
				const after = new Date(
					Math.max(s.checkedAt.getTime() - LOOK_BACK_MS, s.createdAt.getTime()),
				);
				const latin = latinWords(parsed.data.q);
				const candidates = await repo.matches(
					tx as unknown as Db,
					parsed.data,
					// "today" as the search sees it: a posting past its closing date is not news
					{ today: localDay(now()), synonyms, pinyinByCaller: true },
					after,
					until,
					latin.length ? MAX_PINYIN_CANDIDATES : MAX_PER_SEARCH,
				);
				// pinyin is matched the way the search index matches it: on title, employer,
				// township and occupation
				const rows = latin.length
					? candidates
							.filter((p) =>
								pinyinMatches(
									latin,
									`${p.title} ${p.employerName} ${p.townshipName} ${p.occupationName ?? ''}`,
								),
							)
							.slice(0, MAX_PER_SEARCH)
					: candidates;
				for (const p of rows) {
					const sent = await notifier.send(tx as unknown as Db, {
						userId: s.userId,
						kind: 'saved_search_match',
						title: `新岗位：${p.title}`,
						body: `${p.employerName}（${p.townshipName}）刚发布了这个岗位，符合您保存的搜索“${s.name}”。`,
						link: `/jobs/${p.id}`,
						dedupeKey: `saved-search:${s.id}:posting:${p.id}`,
					});
					if (sent) created += 1;
				}
			}
			await repo.setChecked(tx as unknown as Db, s.id, until);
			return created;
		});
	}

	async function runMatch(): Promise<MatchResult> {
		const until = await repo.dbNow(db);
		const result: MatchResult = { searches: 0, notifications: 0 };
		let after: string | undefined;
		for (;;) {
			const ids = await repo.dueSearchIds(db, LOOK_BACK_MS, 200, after);
			if (ids.length === 0) return result;
			after = ids[ids.length - 1];
			for (const id of ids) {
				const created = await matchOne(id, until);
				if (created === undefined) continue;
				result.searches += 1;
				result.notifications += created;
			}
		}
	}

	let current: Promise<MatchResult> | undefined;

	return {
		async listSaved(user: User) {
			return { items: (await repo.listSaved(db, user.id)).map(toSaved) };
		},

		/** Saving the same search twice returns the first one (a retried form submission). */
		async createSaved(user: User, body: CreateSavedSearchBody) {
			const query = normalise(body.query);
			return db.transaction(async (tx) => {
				const t = tx as unknown as Db;
				await repo.lockUser(t, user.id);
				const mine = await repo.listSaved(t, user.id);
				const same = mine.find((s) => s.name === body.name && key(s.query) === key(query));
				if (same) return { created: false, saved: toSaved(same) };
				if (mine.length >= SAVED_SEARCH_LIMIT)
					throw new RuleViolationError(
						'too_many_saved_searches',
						`最多保存 ${SAVED_SEARCH_LIMIT} 个搜索。请先删掉不再需要的，再保存新的。`,
					);
				// the column is typed for string lists; categories and pay are numbers in the same JSON
				const stored = query as unknown as Record<string, string | string[]>;
				const row = await repo.insertSaved(t, { userId: user.id, name: body.name, query: stored });
				return { created: true, saved: toSaved(row) };
			});
		},

		async deleteSaved(user: User, id: string) {
			if (!(await repo.deleteSaved(db, user.id, id))) throw new NotFoundError('savedSearch', id);
		},

		async listNotifications(user: User, q: NotificationListQuery): Promise<NotificationList> {
			const [rows, total, unread] = await Promise.all([
				repo.listNotifications(db, user.id, q.unread, q.pageSize, (q.page - 1) * q.pageSize),
				repo.countNotifications(db, user.id, q.unread),
				repo.countNotifications(db, user.id, true),
			]);
			return { items: rows.map(toNotification), total, page: q.page, pageSize: q.pageSize, unread };
		},

		async unreadCount(user: User) {
			return { unread: await repo.countNotifications(db, user.id, true) };
		},

		async markRead(user: User, id: string) {
			const row = await repo.markRead(db, user.id, id, now());
			if (!row) throw new NotFoundError('notification', id);
			return toNotification(row);
		},

		async markAllRead(user: User) {
			return { marked: await repo.markAllRead(db, user.id, now()) };
		},

		/**
		 * Notifies every saved search of the postings published since it was last checked. Runs
		 * periodically and may be called after a posting is published; concurrent calls queue.
		 */
		async matchNow(): Promise<MatchResult> {
			while (current) await current.catch(() => undefined);
			current = runMatch();
			try {
				return await current;
			} finally {
				current = undefined;
			}
		},
	};
}
