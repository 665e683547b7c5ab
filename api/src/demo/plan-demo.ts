import { asc, eq } from 'drizzle-orm';
import {
	AttendanceInputSchema,
	TrainingCourseInputSchema,
	TrainingNeedInputSchema,
	type Enrolment,
} from '@ronghe/contracts';
import { readDemoMarker } from '@ronghe/db';
import { DEMO_ACCOUNTS } from '@ronghe/db/demo';
import { people, users } from '@ronghe/db/schema';
import type { AuditMeta } from '../modules/audit/audit.writer.js';
import type { AuthUser } from '../modules/auth/auth.service.js';
import { localDay } from '../modules/postings/postings-filter.sql.js';
import { createServices, type ServiceDeps, type Services } from '../plugins/services.js';
import { PAST_YEARS, RUNNING, THIS_YEAR, UNMET_NEEDS, type PlanCourse } from './plan-courses.js';
import { seedPlanRecords } from './plan-records.js';

const META: AuditMeta = { requestId: 'demo', ip: '127.0.0.1', userAgent: '演示数据' };

/** Days, for the demo's dates. */
export const DAY = 86_400_000;
export const daysFrom = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

/** A clock the demo moves: the services see the day the demo is acting on. */
export type Clock = { at: Date };
export type DemoContext = {
	s: Services;
	db: ServiceDeps['db'];
	clock: Clock;
	staff: AuthUser;
	seeker: AuthUser | null;
	meta: AuditMeta;
	/** demo people not yet used, in a stable order */
	take: (n: number) => string[];
	today: Date;
};

async function authUser(db: ServiceDeps['db'], phone: string): Promise<AuthUser | null> {
	const [u] = await db.select().from(users).where(eq(users.phone, phone));
	return u
		? {
				id: u.id,
				role: u.role,
				displayName: u.displayName,
				townshipCode: u.townshipCode,
				employerId: u.employerId,
				personId: u.personId,
				phone: u.phone,
				mustChangePassword: false,
			}
		: null;
}

/** One course run through the services: need, enrolment, two days' 点名, 结业. */
async function runCourse(
	c: DemoContext,
	course: PlanCourse,
	start: Date,
	personIds: string[],
	finish: boolean,
): Promise<string> {
	const end = new Date(start.getTime() + (course.days - 1) * DAY);
	c.clock.at = new Date(start.getTime() - 30 * DAY);
	for (const [i, personId] of personIds.entries())
		// most trainees asked for the training first (the training rate counts them)
		if (i % 7 !== 6)
			await c.s.trainingNeeds.record(
				c.staff,
				personId,
				TrainingNeedInputSchema.parse({
					occupationCode: course.occupationCode,
					what: course.title.replace(/培训.*$/, ''),
					reason: '想学一门手艺，找工作用得上',
				}),
				c.meta,
			);
	c.clock.at = new Date(start.getTime() - 20 * DAY);
	const { id } = await c.s.training.create(
		c.staff,
		TrainingCourseInputSchema.parse({
			...course,
			townshipCode: course.township,
			access: course.venue ?? [],
			startDate: localDay(start),
			endDate: localDay(end),
			lengthClass: course.days > 182 ? 'long' : course.days > 31 ? 'medium' : 'short',
			seats: Math.max(course.trainees + 5, 20),
			cost: 0,
			funding: '残疾人就业保障金',
		}),
		c.meta,
	);
	c.clock.at = new Date(start.getTime() - 5 * DAY);
	const enrolled: Enrolment[] = [];
	for (const personId of personIds)
		enrolled.push((await c.s.enrolments.enrolFor(c.staff, personId, id, c.meta)).enrolment);
	// the demo seeker signs up for the running course themselves
	if (!finish && c.seeker?.personId) await c.s.enrolments.enrolSelf(c.seeker, id);
	if (!finish) return id;
	c.clock.at = new Date(end.getTime() + 2 * DAY);
	for (const day of [start, end])
		await c.s.enrolments.attendance(
			c.staff,
			id,
			localDay(day),
			AttendanceInputSchema.parse({ present: enrolled.map((e) => e.id) }),
			c.meta,
		);
	for (const e of enrolled)
		await c.s.enrolments.result(c.staff, id, e.id, { result: 'completed' }, c.meta);
	return id;
}

/**
 * The plan's records for the demo (issue 15 §9, docs/demo-data.md), made through the same services
 * staff use, with the services' clock set to the day each thing happened: five years of courses
 * (123 people by 2025), this year's 18 of the 20, a course running now whose 结业 meets the year's
 * target, training needs (this year's rate just under 80 %), then employment changes,
 * 公益性岗位, blind massage and the indicators' hand-entered figures (plan-records.ts).
 */
export async function seedPlanDemo(deps: Omit<ServiceDeps, 'now'>, now: Date) {
	const clock: Clock = { at: now };
	const s = createServices({ ...deps, notifiers: [], now: () => clock.at });
	const bureau = DEMO_ACCOUNTS.find((a) => a.role === 'bureau')!;
	const seekerAccount = DEMO_ACCOUNTS.find((a) => a.role === 'seeker')!;
	const staff = await authUser(deps.db, bureau.phone);
	if (!staff) return;
	const seeker = await authUser(deps.db, seekerAccount.phone);
	const marker = await readDemoMarker(deps.db);
	const pool = (
		await deps.db
			.select({ id: people.id })
			.from(people)
			.orderBy(asc(people.createdAt), asc(people.id))
	)
		.map((p) => p.id)
		.filter((id) => id !== marker?.personId);
	let next = 0;
	const take = (n: number) => {
		const out = pool.slice(next, next + n);
		next += out.length;
		return out;
	};
	const c: DemoContext = { s, db: deps.db, clock, staff, seeker, meta: META, take, today: now };
	const year = Number(localDay(now).slice(0, 4));
	for (let y = 2021; y < year; y += 1) {
		const courses = PAST_YEARS[(y - 2021) % PAST_YEARS.length]!;
		for (const [i, course] of courses.entries())
			await runCourse(
				c,
				course,
				new Date(`${y}-${i ? '09' : '04'}-10T00:00:00+08:00`),
				take(course.trainees),
				true,
			);
	}
	// this year's courses finished well before today; the running one started 5 days ago
	for (const [i, course] of THIS_YEAR.entries()) {
		const start = new Date(now.getTime() - (i ? 60 : 200) * DAY);
		if (localDay(start).slice(0, 4) === String(year))
			await runCourse(c, course, start, take(course.trainees), true);
	}
	const running = take(RUNNING.trainees);
	const runningId = await runCourse(c, RUNNING, new Date(now.getTime() - 5 * DAY), running, false);
	clock.at = now;
	for (const personId of take(UNMET_NEEDS))
		await s.trainingNeeds.record(
			staff,
			personId,
			TrainingNeedInputSchema.parse({
				occupationCode: 'X-SJLR',
				what: '电脑操作',
				reason: '想找坐着干的工作',
			}),
			META,
		);
	await seedPlanRecords(c, runningId);
	clock.at = now;
}
