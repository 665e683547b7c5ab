import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	AttendanceInputSchema,
	AttendanceParamsSchema,
	AttendanceResultSchema,
	CourseParamsSchema,
	EnrolmentListSchema,
	EnrolmentParamsSchema,
	EnrolmentResultInputSchema,
	EnrolmentSchema,
	EnrolResultSchema,
	MyTrainingWithNeedsSchema,
	SEEKERS,
	STAFF,
	TRAINING_ORGANISERS,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['training'];
const course = '/training-courses/:courseId';

/** Enrolment (by the seeker or 代办), 点名 and 结业 (issue 15 §1, docs/training.md). */
export const enrolmentsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { enrolments, trainingNeeds } = app.services;
	app.post(
		`${course}/enrolments`,
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'enrolInTrainingCourse',
				summary: '求职者自己报名培训（开课前，有名额时）；已经报过名的，回答原来的报名',
				params: CourseParamsSchema,
				response: { 200: EnrolResultSchema, 201: EnrolResultSchema },
			},
		},
		async (req, reply) => {
			const result = await enrolments.enrolSelf(signedIn(req), req.params.courseId);
			return reply.code(result.created ? 201 : 200).send(result);
		},
	);
	app.post(
		`${course}/withdraw`,
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'withdrawFromTrainingCourse',
				summary: '求职者取消自己的培训报名（结业以前）',
				params: CourseParamsSchema,
				response: { 200: EnrolmentSchema },
			},
		},
		(req) => enrolments.withdraw(signedIn(req), req.params.courseId),
	);
	app.get(
		`${course}/enrolments`,
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listTrainingEnrolments',
				summary: '一个课程的学员名单和出勤；乡镇工作人员只看到本乡镇的人',
				params: CourseParamsSchema,
				response: { 200: EnrolmentListSchema },
			},
		},
		(req) => enrolments.roster(signedIn(req), req.params.courseId),
	);
	app.put(
		`${course}/attendance/:date`,
		{
			config: { access: TRAINING_ORGANISERS },
			schema: {
				tags,
				operationId: 'recordTrainingAttendance',
				summary: '点名：记录某一天谁来上课了（没列出的学员算缺勤）；再提交一次就是更正',
				params: AttendanceParamsSchema,
				body: AttendanceInputSchema,
				response: { 200: AttendanceResultSchema },
			},
		},
		(req) =>
			enrolments.attendance(
				signedIn(req),
				req.params.courseId,
				req.params.date,
				req.body,
				auditMeta(req),
			),
	);
	app.put(
		`${course}/enrolments/:enrolmentId/result`,
		{
			config: { access: TRAINING_ORGANISERS },
			schema: {
				tags,
				operationId: 'recordTrainingResult',
				summary: '记录结业或未结业；结业时课程的证书记入求职者资料',
				params: EnrolmentParamsSchema,
				body: EnrolmentResultInputSchema,
				response: { 200: EnrolmentSchema },
			},
		},
		(req) =>
			enrolments.result(
				signedIn(req),
				req.params.courseId,
				req.params.enrolmentId,
				req.body,
				auditMeta(req),
			),
	);
	app.get(
		'/me/training',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'listMyTraining',
				summary: '我报名的培训课程（新的在前）和工作人员为我登记的培训需求',
				response: { 200: MyTrainingWithNeedsSchema },
			},
		},
		async (req) => {
			const user = signedIn(req);
			return { ...(await enrolments.mine(user)), needs: await trainingNeeds.mine(user) };
		},
	);
};
