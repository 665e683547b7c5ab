import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	CourseParamsSchema,
	TRAINING_ORGANISERS,
	TrainingCourseInputSchema,
	TrainingCourseListQuerySchema,
	TrainingCourseListSchema,
	TrainingCourseSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['training'];
const organisers = { access: TRAINING_ORGANISERS };

/** 职业技能培训 courses (issue 15 §1): the public list and staff set-up. */
export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
	const { training } = app.services;
	app.get(
		'/',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'listTrainingCourses',
				summary: '职业技能培训课程：默认只列还没结束的，先开课的在前；登录的求职者能看到自己的报名',
				querystring: TrainingCourseListQuerySchema,
				response: { 200: TrainingCourseListSchema },
			},
		},
		(req) => training.list(req.query, req.user ?? null),
	);
	app.get(
		'/:courseId',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'getTrainingCourse',
				summary: '一个培训课程',
				params: CourseParamsSchema,
				response: { 200: TrainingCourseSchema },
			},
		},
		(req) => training.get(req.params.courseId, req.user ?? null),
	);
	app.post(
		'/',
		{
			config: organisers,
			schema: {
				tags,
				operationId: 'createTrainingCourse',
				summary: '新建培训课程',
				body: TrainingCourseInputSchema,
				response: { 201: TrainingCourseSchema },
			},
		},
		async (req, reply) => {
			const course = await training.create(signedIn(req), req.body, auditMeta(req));
			return reply.code(201).header('location', `/api/training-courses/${course.id}`).send(course);
		},
	);
	app.put(
		'/:courseId',
		{
			config: organisers,
			schema: {
				tags,
				operationId: 'updateTrainingCourse',
				summary: '修改培训课程（名额不能少于已报名的人数）',
				params: CourseParamsSchema,
				body: TrainingCourseInputSchema,
				response: { 200: TrainingCourseSchema },
			},
		},
		(req) => training.update(signedIn(req), req.params.courseId, req.body, auditMeta(req)),
	);
};
