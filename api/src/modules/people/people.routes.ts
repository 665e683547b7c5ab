import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	PersonIdParamsSchema,
	PersonListQuerySchema,
	PersonListSchema,
	PersonSchema,
	RegisterPersonBodySchema,
	STAFF,
	UnmaskedIdentifiersSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
	const { people } = app.services;

	app.post(
		'/',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'registerPerson',
				summary: '工作人员代办登记残疾人求职者',
				body: RegisterPersonBodySchema,
				response: { 201: PersonSchema },
			},
		},
		async (req, reply) => {
			const person = await people.register(signedIn(req), req.body, auditMeta(req));
			return reply.code(201).header('location', `/api/people/${person.id}`).send(person);
		},
	);

	app.get(
		'/',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listPeople',
				summary:
					'残疾人求职者名单（号码已打码；乡镇工作人员只看本乡镇；按完整身份证号查找会记入审计日志）',
				querystring: PersonListQuerySchema,
				response: { 200: PersonListSchema },
			},
		},
		(req) => people.list(signedIn(req), req.query, auditMeta(req)),
	);

	app.get(
		'/:personId',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getPerson',
				summary: '一位求职者的登记信息（号码已打码；查看会记入审计日志）',
				params: PersonIdParamsSchema,
				response: { 200: PersonSchema },
			},
		},
		(req) => people.view(signedIn(req), req.params.personId, auditMeta(req)),
	);

	app.post(
		'/:personId/unmask',
		{
			// township staff too, for the people of their own township (the service checks)
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'unmaskPerson',
				summary: '查看完整的身份证号、残疾人证号和手机号（会记入审计日志）',
				params: PersonIdParamsSchema,
				response: { 200: UnmaskedIdentifiersSchema },
			},
		},
		(req) => people.unmask(signedIn(req), req.params.personId, auditMeta(req)),
	);
};
