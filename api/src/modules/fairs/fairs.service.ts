import { asc } from 'drizzle-orm';
import type { Fair, FairList } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { fairs } from '@ronghe/db/schema';

type Deps = { db: Db; now: () => Date };
export type FairsService = ReturnType<typeof createFairsService>;

export function fairStatus(f: { startsAt: Date; endsAt: Date }, now: Date): Fair['status'] {
	if (now < f.startsAt) return 'upcoming';
	return now <= f.endsAt ? 'live' : 'finished';
}

const ORDER = { live: 0, upcoming: 1, finished: 2 } as const;

export function createFairsService({ db, now }: Deps) {
	return {
		async list(): Promise<FairList> {
			const rows = await db.select().from(fairs).orderBy(asc(fairs.startsAt));
			const at = now();
			const items = rows.map((f) => ({
				id: f.id,
				title: f.title,
				description: f.description,
				mode: f.mode,
				venue: f.venue,
				organizer: f.organizer,
				startsAt: f.startsAt.toISOString(),
				endsAt: f.endsAt.toISOString(),
				status: fairStatus(f, at),
				employerCount: f.employerCount,
				postingCount: f.postingCount,
				seekerCount: f.seekerCount,
				intentionCount: f.intentionCount,
			}));
			items.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
			return { items };
		},
	};
}
