import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	AbilityStepSchema,
	AnnualReviewDetailSchema,
	AnnualReviewStateSchema,
	ConsentListSchema,
	DisabledEmployeeSchema,
	DisclosureRowSchema,
	DisclosureSchema,
	EmployerDetailSchema,
	EmployerPostingSchema,
	EmployerQuotaSchema,
	EmployerSchema,
	EmployerUserSchema,
	ImportSummarySchema,
	LevyEstimateSchema,
	LevyRuleSchema,
	LoginResultSchema,
	ObjectionSchema,
	PersonSchema,
	PostingDraftBodySchema,
	ProfileSchema,
	SavedSearchSchema,
} from '@ronghe/contracts';

/**
 * Response schemas that many routes return, written once under `components.schemas` and referred
 * to by `$ref`, so the committed api/openapi.json stays readable as a diff. Problem registers
 * itself in contracts/src/common.ts.
 */
const SHARED_SCHEMAS: Record<string, z.ZodType> = {
	Profile: ProfileSchema,
	AbilityStep: AbilityStepSchema,
	ConsentList: ConsentListSchema,
	Person: PersonSchema,
	SavedSearch: SavedSearchSchema,
	ImportSummary: ImportSummarySchema,
	Employer: EmployerSchema,
	EmployerUser: EmployerUserSchema,
	EmployerDetail: EmployerDetailSchema,
	LoginResult: LoginResultSchema,
	EmployerPosting: EmployerPostingSchema,
	PostingDraft: PostingDraftBodySchema,
	EmployerQuota: EmployerQuotaSchema,
	LevyEstimate: LevyEstimateSchema,
	LevyRule: LevyRuleSchema,
	DisabledEmployee: DisabledEmployeeSchema,
	AnnualReviewState: AnnualReviewStateSchema,
	AnnualReviewDetail: AnnualReviewDetailSchema,
	Disclosure: DisclosureSchema,
	DisclosureRow: DisclosureRowSchema,
	Objection: ObjectionSchema,
};
for (const [id, schema] of Object.entries(SHARED_SCHEMAS))
	if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });

/** OpenAPI 3.1 generated from the zod schemas of every route. */
export const swaggerPlugin = fp<{ version: string }>(
	async (app, opts) => {
		await app.register(swagger, {
			openapi: {
				openapi: '3.1.0',
				info: {
					title: '融合就业 · Ronghe Jobs API',
					description:
						'五台县残疾人就业匹配与线上招聘会平台的接口。错误均以 application/problem+json（RFC 9457）返回。',
					version: opts.version,
				},
				servers: [{ url: '/' }],
			},
			transform: jsonSchemaTransform,
			transformObject: jsonSchemaTransformObject,
		});
	},
	{ name: 'swagger' },
);
