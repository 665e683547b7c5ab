import type { fairs } from '../schema/fairs.js';
import type { trainingCourses } from '../schema/training.js';
import { COURSES, FAIR_ORGANIZER, type CourseSeed } from './catalog.js';
import { addDays, cstDate, cstParts, toDateString } from './dates.js';
import { placeByName } from './places.js';
import type { Random } from './random.js';

type NewFair = typeof fairs.$inferInsert;
type NewTrainingCourse = typeof trainingCourses.$inferInsert;

/** Training courses around `now`: some finished, some running, most upcoming. */
export function makeCourse(rng: Random, now: Date, index: number): NewTrainingCourse {
	const base = COURSES[index % COURSES.length] as CourseSeed;
	const round = Math.floor(index / COURSES.length);
	const start = addDays(now, base.startOffset - round * 150);
	const created = addDays(start, -rng.int(20, 45));
	return {
		id: rng.uuid(),
		title: round === 0 ? base.title : `${base.title}（第${round + 1}期）`,
		provider: base.provider,
		occupationCode: base.occupationCode,
		townshipCode: placeByName(base.township).code,
		startDate: toDateString(start),
		endDate: toDateString(addDays(start, base.days - 1)),
		// 培训周期 of the statistics: 长期 over half a year, 中期 over a month, else 短期
		lengthClass: base.days > 182 ? 'long' : base.days > 31 ? 'medium' : 'short',
		seats: base.seats,
		cost: 0,
		funding: '残疾人就业保障金',
		access: base.access ?? [],
		certificateKind: base.certificateKind ?? null,
		description: base.description,
		createdAt: created,
		updatedAt: created,
	};
}

/** The 就业援助月 fair of a year: 12–16 January, 09:00–17:00 China time. */
function fairWindow(year: number): { startsAt: Date; endsAt: Date } {
	return { startsAt: cstDate(year, 1, 12, 9), endsAt: cstDate(year, 1, 16, 17) };
}

/**
 * Three fairs: the last 就业援助月 fair that has ended before `now`, the next one that starts
 * after `now`, and an online recruitment week running now (started yesterday, ends the day after
 * tomorrow, open 08:00–20:00 every day, so a demo started at any daytime hour finds it open).
 * Their booths, seekers and outcomes are records (fair-history.ts); the finished fair keeps no
 * stored outcome figures, since its report is computed from those records.
 */
export function makeFairs(rng: Random, now: Date): NewFair[] {
	const { year } = cstParts(now);
	const pastYear = fairWindow(year).endsAt < now ? year : year - 1;
	const nextYear = fairWindow(year).startsAt > now ? year : year + 1;
	const past = fairWindow(pastYear);
	const next = fairWindow(nextYear);
	const pastCreated = addDays(past.startsAt, -30);
	const nextCreated = addDays(now, -rng.int(5, 15));
	return [
		{
			id: rng.uuid(),
			title: `${pastYear}年"就业援助月"残疾人专场线上招聘会`,
			description:
				'县人社局和县残联联合举办的线上专场招聘会。求职者可以在手机上浏览参会单位的岗位、直接投递。需要手语翻译的，请提前联系县残联。',
			mode: 'online',
			theme: 'employment_aid_month',
			state: 'closed',
			venue: '线上（融合就业平台）',
			...past,
			organizer: FAIR_ORGANIZER,
			createdAt: pastCreated,
			updatedAt: past.endsAt,
		},
		{
			id: rng.uuid(),
			title: `${nextYear}年"就业援助月"残疾人专场招聘会`,
			description:
				'线上线下同时举办。线下会场在县人力资源市场一楼，有无障碍通道和手语翻译；线上可以浏览参会单位的岗位、直接投递。公益性岗位、居家就业和辅助性就业岗位设专区。',
			mode: 'hybrid',
			theme: 'employment_aid_month',
			state: 'published',
			venue: '五台县人力资源市场（台城镇）及线上',
			venueAccess: '一楼会场，入口有坡道，无台阶；有无障碍卫生间；现场有手语翻译。',
			boothDeadline: addDays(next.startsAt, -3),
			...next,
			organizer: FAIR_ORGANIZER,
			createdAt: nextCreated,
			updatedAt: nextCreated,
		},
		makeLiveFair(rng, now),
	];
}

function makeLiveFair(rng: Random, now: Date): NewFair {
	const { year, month, day } = cstParts(now);
	const created = addDays(now, -rng.int(15, 25));
	return {
		id: rng.uuid(),
		title: `${month}月残疾人线上招聘周`,
		description:
			'县人社局和县残联在融合就业平台上举办的线上招聘周，每天 8:00–20:00 开放，参会单位的招聘人员都在线。需要手语翻译的，报名时勾选就行。',
		mode: 'online',
		theme: 'custom',
		state: 'open',
		venue: '线上（融合就业平台）',
		startsAt: cstDate(year, month, day - 1, 8),
		endsAt: cstDate(year, month, day + 2, 20),
		opensAtMinute: 8 * 60,
		closesAtMinute: 20 * 60,
		boothDeadline: addDays(created, 10),
		organizer: FAIR_ORGANIZER,
		createdAt: created,
		updatedAt: created,
	};
}
