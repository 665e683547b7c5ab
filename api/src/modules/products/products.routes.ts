import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	ProductInputSchema,
	ProductListQuerySchema,
	ProductListSchema,
	ProductParamsSchema,
	ProductSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['products'];
// township staff keep their own township's entries (the service checks)
const staff = { access: STAFF };
const pub = { access: 'public' as const };
const schema = (operationId: string, summary: string) => ({ tags, operationId, summary });

/** 残疾人产品和服务目录 (issue 15 §6): public search, kept by staff. */
export const productsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { products } = app.services;
	app.get(
		'/',
		{
			config: pub,
			schema: {
				...schema(
					'listProducts',
					'查找残疾人企业、辅助性就业机构、就业帮扶基地和残疾人创业者的产品和服务；工作人员加 all=1 也看已下架的',
				),
				querystring: ProductListQuerySchema,
				response: { 200: ProductListSchema },
			},
		},
		(req) => products.list(req.user, req.query),
	);
	app.get(
		'/:productId',
		{
			config: pub,
			schema: {
				...schema('getProduct', '一项产品或服务；已下架的只有工作人员能看'),
				params: ProductParamsSchema,
				response: { 200: ProductSchema },
			},
		},
		(req) => products.get(req.user, req.params.productId),
	);
	app.post(
		'/',
		{
			config: staff,
			schema: {
				...schema('createProduct', '在产品和服务目录里登记一项（登记后就公开）'),
				body: ProductInputSchema,
				response: { 201: ProductSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await products.create(signedIn(req), req.body, auditMeta(req))),
	);
	app.put(
		'/:productId',
		{
			config: staff,
			schema: {
				...schema('updateProduct', '修改产品和服务目录里的一项'),
				params: ProductParamsSchema,
				body: ProductInputSchema,
				response: { 200: ProductSchema },
			},
		},
		(req) => products.update(signedIn(req), req.params.productId, req.body, auditMeta(req)),
	);
	app.post(
		'/:productId/unpublish',
		{
			config: staff,
			schema: {
				...schema('unpublishProduct', '下架：不再公开这一项（记录保留，可以重新发布）'),
				params: ProductParamsSchema,
				response: { 200: ProductSchema },
			},
		},
		(req) => products.setPublished(signedIn(req), req.params.productId, false, auditMeta(req)),
	);
	app.post(
		'/:productId/publish',
		{
			config: staff,
			schema: {
				...schema('publishProduct', '重新发布下架的一项'),
				params: ProductParamsSchema,
				response: { 200: ProductSchema },
			},
		},
		(req) => products.setPublished(signedIn(req), req.params.productId, true, auditMeta(req)),
	);
};
