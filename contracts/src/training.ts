import { z } from 'zod';

export const TrainingCourseSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	provider: z.string(),
	townshipName: z.string(),
	startDate: z.iso.date(),
	endDate: z.iso.date(),
	seats: z.number().int(),
	description: z.string(),
});
export type TrainingCourse = z.infer<typeof TrainingCourseSchema>;

export const TrainingCourseListSchema = z.object({ items: z.array(TrainingCourseSchema) });
export type TrainingCourseList = z.infer<typeof TrainingCourseListSchema>;
