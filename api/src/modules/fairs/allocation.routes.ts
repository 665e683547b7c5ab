import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	AllocationConfirmResultSchema,
	AllocationConfirmSchema,
	AllocationProposalSchema,
	FAIR_ORGANISERS,
	FairParamsSchema,
	InterviewRequestsInputSchema,
	InterviewRequestsSchema,
	SEEKERS,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

const tags = ['fairs'];

/** Interview wishes of seekers, and the organisers' fair-wide allocation of interviews. */
export const allocationRoutes: FastifyPluginAsyncZod = async (app) => {
	const { fairAllocation } = app.services;
	app.get(
		'/:fairId/interview-requests',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'getInterviewRequests',
				summary: '我想面试的单位（按先后顺序）',
				params: FairParamsSchema,
				response: { 200: InterviewRequestsSchema },
			},
		},
		(req) => fairAllocation.requests(signedIn(req), req.params.fairId),
	);
	app.put(
		'/:fairId/interview-requests',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'setInterviewRequests',
				summary: '选择想面试的单位，排在前面的优先安排',
				params: FairParamsSchema,
				body: InterviewRequestsInputSchema,
				response: { 200: InterviewRequestsSchema },
			},
		},
		(req) => fairAllocation.setRequests(signedIn(req), req.params.fairId, req.body.boothIds),
	);
	app.post(
		'/:fairId/allocation',
		{
			config: { access: FAIR_ORGANISERS },
			schema: {
				tags,
				operationId: 'proposeAllocation',
				summary: '统一安排面试：算出最优的安排（不保存），并说明没排上的原因',
				params: FairParamsSchema,
				response: { 200: AllocationProposalSchema },
			},
		},
		(req) => fairAllocation.propose(req.params.fairId),
	);
	app.post(
		'/:fairId/allocation/confirm',
		{
			config: { access: FAIR_ORGANISERS },
			schema: {
				tags,
				operationId: 'confirmAllocation',
				summary: '确认面试安排：为保留的每一项预约时段，并通知求职者和单位',
				params: FairParamsSchema,
				body: AllocationConfirmSchema,
				response: { 200: AllocationConfirmResultSchema },
			},
		},
		(req) => fairAllocation.confirm(req.params.fairId, req.body),
	);
};
