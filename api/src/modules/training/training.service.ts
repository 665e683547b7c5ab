import { asc, eq } from 'drizzle-orm';
import type { TrainingCourseList } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { townships, trainingCourses } from '@ronghe/db/schema';

type Deps = { db: Db };
export type TrainingService = ReturnType<typeof createTrainingService>;

export function createTrainingService({ db }: Deps) {
	return {
		async list(): Promise<TrainingCourseList> {
			const rows = await db
				.select({
					id: trainingCourses.id,
					title: trainingCourses.title,
					provider: trainingCourses.provider,
					townshipName: townships.name,
					startDate: trainingCourses.startDate,
					endDate: trainingCourses.endDate,
					seats: trainingCourses.seats,
					description: trainingCourses.description,
				})
				.from(trainingCourses)
				.innerJoin(townships, eq(townships.code, trainingCourses.townshipCode))
				.orderBy(asc(trainingCourses.startDate));
			return { items: rows };
		},
	};
}
