import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	EnrolResultSchema,
	MyTrainingSchema,
	PersonCourseParamsSchema,
	PersonIdParamsSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['training'];

/** Staff acting for a person (代办): their courses, and signing them up (issue 15 §1). */
export const personTrainingRoutes: FastifyPluginAsyncZod = async (app) => {
	const { enrolments } = app.services;
	app.post(
		'/people/:personId/training-courses/:courseId/enrolments',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'enrolPersonInTrainingCourse',
				summary: '工作人员代办：为一位求职者报名培训（记入审计日志，并告诉求职者）',
				params: PersonCourseParamsSchema,
				response: { 200: EnrolResultSchema, 201: EnrolResultSchema },
			},
		},
		async (req, reply) => {
			const { personId, courseId } = req.params;
			const result = await enrolments.enrolFor(signedIn(req), personId, courseId, auditMeta(req));
			return reply.code(result.created ? 201 : 200).send(result);
		},
	);
	app.get(
		'/people/:personId/training',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listPersonTraining',
				summary: '工作人员代办：一位求职者报名的培训课程；乡镇工作人员只看本乡镇的人',
				params: PersonIdParamsSchema,
				response: { 200: MyTrainingSchema },
			},
		},
		(req) => enrolments.forPerson(signedIn(req), req.params.personId),
	);
};
