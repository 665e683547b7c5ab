import type { Booth, Fair, FairCounters } from '@ronghe/contracts';
import type { Fair as FairRow } from '@ronghe/db/schema';
import type { FairsRepository } from './fairs.repository.js';

const STATUS = { draft: 'draft', published: 'upcoming', open: 'live', closed: 'finished' } as const;

/** How the public reads a fair: the state staff set, in the words of the fair list. */
export function fairStatus(f: Pick<FairRow, 'state'>): Fair['status'] {
	return STATUS[f.state];
}

export function toFair(f: FairRow): Fair {
	return {
		id: f.id,
		title: f.title,
		description: f.description,
		theme: f.theme,
		state: f.state,
		mode: f.mode,
		venue: f.venue,
		venueAccess: f.venueAccess,
		organizer: f.organizer,
		startsAt: f.startsAt.toISOString(),
		endsAt: f.endsAt.toISOString(),
		opensAtMinute: f.opensAtMinute,
		closesAtMinute: f.closesAtMinute,
		boothDeadline: f.boothDeadline?.toISOString() ?? null,
		status: fairStatus(f),
		employerCount: f.employerCount,
		postingCount: f.postingCount,
		seekerCount: f.seekerCount,
		intentionCount: f.intentionCount,
	};
}

export function toCounters(row: Record<string, number>, at: Date): FairCounters {
	return {
		seekersOnline: row.seekersOnline ?? 0,
		registered: row.registered ?? 0,
		boothsOpen: row.boothsOpen ?? 0,
		applications: row.applications ?? 0,
		chatsWaiting: row.chatsWaiting ?? 0,
		chatsOpen: row.chatsOpen ?? 0,
		interviewsBooked: row.interviewsBooked ?? 0,
		intentions: row.intentions ?? 0,
		at: at.toISOString(),
	};
}

type BoothRow = Awaited<ReturnType<FairsRepository['booths']>>[number];
type PostingRow = Awaited<ReturnType<FairsRepository['boothPostings']>>[number];
type RepRow = Awaited<ReturnType<FairsRepository['boothReps']>>[number];
type Load = Awaited<ReturnType<FairsRepository['boothLoad']>>;

/** Booths with their postings, reps and load; `published` keeps only postings still hiring. */
export function toBooths(
	rows: BoothRow[],
	postings: PostingRow[],
	reps: RepRow[],
	load: Load,
	published: boolean,
): Booth[] {
	return rows.map(({ booth, employerName, employerKind }) => ({
		id: booth.id,
		employerId: booth.employerId,
		employerName,
		employerKind,
		zoneId: booth.zoneId,
		status: booth.status,
		reason: booth.reason,
		introduction: booth.introduction,
		accessibility: booth.accessibility,
		slotMinutes: booth.slotMinutes,
		postings: postings
			.filter((p) => p.boothId === booth.id && (!published || p.status === 'published'))
			.map((p) => ({
				id: p.id,
				title: p.title,
				headcount: p.headcount,
				townshipName: p.townshipName,
			})),
		reps: reps
			.filter((r) => r.boothId === booth.id)
			.map((r) => ({ userId: r.userId, name: r.name, role: r.role })),
		waiting: load.waiting.get(booth.id) ?? 0,
		freeSlots: load.free.get(booth.id) ?? 0,
	}));
}
