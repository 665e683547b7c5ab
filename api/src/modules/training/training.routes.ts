import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TrainingCourseListSchema } from '@ronghe/contracts';

export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
	const { training } = app.services;
	app.get(
		'/',
		{
			config: { access: 'public' },
			schema: {
				tags: ['training'],
				operationId: 'listTrainingCourses',
				summary: '职业技能培训课程',
				response: { 200: TrainingCourseListSchema },
			},
		},
		() => training.list(),
	);
};
