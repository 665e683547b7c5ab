import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

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
