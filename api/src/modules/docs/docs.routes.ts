import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderDocsHtml } from './docs.render.js';

/** The OpenAPI document and a plain, accessible HTML rendering of it. */
export const docsRoutes: FastifyPluginAsyncZod = async (app) => {
	app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () =>
		app.swagger(),
	);
	app.get('/docs', { config: { access: 'public' }, schema: { hide: true } }, (_req, reply) =>
		reply.type('text/html; charset=utf-8').send(renderDocsHtml(app.swagger() as OpenApiDoc)),
	);
};

export type OpenApiDoc = {
	info: { title: string; description?: string; version: string };
	paths?: Record<
		string,
		Record<
			string,
			{
				summary?: string;
				description?: string;
				tags?: string[];
				operationId?: string;
				parameters?: unknown[];
				requestBody?: unknown;
				responses?: Record<string, unknown>;
			}
		>
	>;
	components?: { schemas?: Record<string, unknown> };
};
