import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { fairBookings, fairInterpreterHours, fairInterpreters, fairSlots } from '@ronghe/db/schema';
import { ConflictError } from '../../errors.js';
import { slotLabel } from './fair-times.js';

/** How many other free times to offer when a slot has no interpreter free. */
const ALTERNATIVES = 3;

/** Which interpreters are free when, and the answer when none is. */
export function createInterpreterFinder(db: Db, now: () => Date) {
	/** Interpreters of the fair free for the whole slot and not booked in it, by name. */
	async function freeInterpreters(fairId: string, s: { startsAt: Date; endsAt: Date }) {
		return db
			.selectDistinct({ id: fairInterpreters.id, name: fairInterpreters.name })
			.from(fairInterpreters)
			.innerJoin(fairInterpreterHours, eq(fairInterpreterHours.interpreterId, fairInterpreters.id))
			.where(
				and(
					eq(fairInterpreters.fairId, fairId),
					sql`${fairInterpreterHours.startsAt} <= ${s.startsAt.toISOString()}::timestamptz`,
					sql`${fairInterpreterHours.endsAt} >= ${s.endsAt.toISOString()}::timestamptz`,
					sql`not exists (select 1 from ${fairBookings} b where b.interpreter_id = ${fairInterpreters.id}
						and b.status = 'booked' and b.starts_at < ${s.endsAt.toISOString()}::timestamptz
						and b.ends_at > ${s.startsAt.toISOString()}::timestamptz)`,
				),
			)
			.orderBy(asc(fairInterpreters.name));
	}

	/** 409 naming the nearest free times of the booth that have an interpreter free. */
	async function noInterpreter(
		fairId: string,
		slot: { id: string; boothId: string; startsAt: Date },
		personId: string,
	) {
		const others = await db
			.select()
			.from(fairSlots)
			.where(and(eq(fairSlots.boothId, slot.boothId), gt(fairSlots.startsAt, now())))
			.orderBy(
				sql`abs(extract(epoch from ${fairSlots.startsAt} - ${slot.startsAt.toISOString()}::timestamptz))`,
			);
		const mine = await db
			.select()
			.from(fairBookings)
			.where(and(eq(fairBookings.personId, personId), eq(fairBookings.status, 'booked')));
		const taken = new Set(
			(
				await db
					.select({ slotId: fairBookings.slotId })
					.from(fairBookings)
					.where(and(eq(fairBookings.boothId, slot.boothId), eq(fairBookings.status, 'booked')))
			).map((r) => r.slotId),
		);
		const alternatives: { slotId: string; startsAt: string; endsAt: string; label: string }[] = [];
		for (const o of others) {
			if (alternatives.length >= ALTERNATIVES) break;
			if (o.id === slot.id || taken.has(o.id)) continue;
			if (mine.some((m) => m.startsAt < o.endsAt && m.endsAt > o.startsAt)) continue;
			if (!(await freeInterpreters(fairId, o)).length) continue;
			alternatives.push({
				slotId: o.id,
				startsAt: o.startsAt.toISOString(),
				endsAt: o.endsAt.toISOString(),
				label: slotLabel(o),
			});
		}
		return new ConflictError(
			'no_interpreter_free',
			alternatives.length
				? `这个时段没有空闲的手语翻译。有翻译的最近时段：${alternatives.map((a) => a.label).join('、')}。`
				: '这个展位剩下的时段都没有空闲的手语翻译，请联系工作人员安排。',
			undefined,
			{ alternatives },
		);
	}
	return { freeInterpreters, noInterpreter };
}
