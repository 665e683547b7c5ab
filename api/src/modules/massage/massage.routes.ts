import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	CeHoursInputSchema,
	CeHoursParamsSchema,
	ClinicInputSchema,
	ClinicListSchema,
	ClinicParamsSchema,
	ClinicSchema,
	COUNTY_STAFF,
	MassageListQuerySchema,
	PractitionerInputSchema,
	PractitionerListSchema,
	PractitionerParamsSchema,
	PractitionerSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['massage'];
// the county federation keeps these records (盲人按摩 is a federation programme)
const config = { access: COUNTY_STAFF };
const schema = (operationId: string, summary: string) => ({ tags, operationId, summary });

/** Blind massage practitioners and clinics (issue 15 §5, docs/massage.md). */
export const massageRoutes: FastifyPluginAsyncZod = async (app) => {
	const { massage } = app.services;
	app.get(
		'/practitioners',
		{
			config,
			schema: {
				...schema(
					'listMassagePractitioners',
					'盲人按摩人员：资格、执业备案、职称、继续教育，以及还缺什么',
				),
				querystring: MassageListQuerySchema,
				response: { 200: PractitionerListSchema },
			},
		},
		(req) => massage.practitioners(req.query),
	);
	app.put(
		'/practitioners',
		{
			config,
			schema: {
				...schema('saveMassagePractitioner', '登记或修改一位盲人按摩人员（按人，一人一条）'),
				body: PractitionerInputSchema,
				response: { 200: PractitionerSchema },
			},
		},
		(req) => massage.savePractitioner(signedIn(req), req.body, auditMeta(req)),
	);
	app.get(
		'/practitioners/:practitionerId',
		{
			config,
			schema: {
				...schema('getMassagePractitioner', '一位盲人按摩人员'),
				params: PractitionerParamsSchema,
				response: { 200: PractitionerSchema },
			},
		},
		(req) => massage.practitioner(req.params.practitionerId),
	);
	app.put(
		'/practitioners/:practitionerId/hours/:year',
		{
			config,
			schema: {
				...schema('setMassageCeHours', '登记某一年的继续教育学时'),
				params: CeHoursParamsSchema,
				body: CeHoursInputSchema,
				response: { 200: PractitionerSchema },
			},
		},
		(req) =>
			massage.setHours(
				signedIn(req),
				req.params.practitionerId,
				req.params.year,
				req.body.hours,
				auditMeta(req),
			),
	);
	app.get(
		'/clinics',
		{
			config,
			schema: {
				...schema('listMassageClinics', '盲人按摩所和保健按摩机构，以及不符合条件的地方'),
				querystring: MassageListQuerySchema,
				response: { 200: ClinicListSchema },
			},
		},
		(req) => massage.clinics(req.query),
	);
	app.post(
		'/clinics',
		{
			config,
			schema: {
				...schema('createMassageClinic', '登记一个盲人按摩所'),
				body: ClinicInputSchema,
				response: { 201: ClinicSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await massage.saveClinic(signedIn(req), null, req.body, auditMeta(req))),
	);
	app.get(
		'/clinics/:clinicId',
		{
			config,
			schema: {
				...schema('getMassageClinic', '一个盲人按摩所'),
				params: ClinicParamsSchema,
				response: { 200: ClinicSchema },
			},
		},
		(req) => massage.clinic(req.params.clinicId),
	);
	app.put(
		'/clinics/:clinicId',
		{
			config,
			schema: {
				...schema('updateMassageClinic', '修改一个盲人按摩所'),
				params: ClinicParamsSchema,
				body: ClinicInputSchema,
				response: { 200: ClinicSchema },
			},
		},
		(req) => massage.saveClinic(signedIn(req), req.params.clinicId, req.body, auditMeta(req)),
	);
};
