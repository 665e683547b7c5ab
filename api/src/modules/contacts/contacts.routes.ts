import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	CONTACT_EDITORS,
	SaveServiceContactBodySchema,
	SaveSiteInfoBodySchema,
	ServiceContactKeyParamsSchema,
	ServiceContactSchema,
	ServiceInfoSchema,
	SITE_INFO_EDITORS,
	SiteInfoSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['contacts'];

/** The service's contacts and footer details: read by every page, edited by staff. */
export const contactsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { contacts } = app.services;

	app.get(
		'/contacts',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'getServiceInfo',
				summary: '联系方式：县残联、县人社局、各乡镇残联专职委员，以及网站的服务电话、地址和备案号',
				response: { 200: ServiceInfoSchema },
			},
		},
		() => contacts.info(),
	);
	app.put(
		'/contacts/:key',
		{
			config: { access: CONTACT_EDITORS },
			schema: {
				tags,
				operationId: 'saveServiceContact',
				summary: '修改一个联系方式；乡镇工作人员只能改本乡镇的（记入审计日志）',
				params: ServiceContactKeyParamsSchema,
				body: SaveServiceContactBodySchema,
				response: { 200: ServiceContactSchema },
			},
		},
		(req) => contacts.saveContact(signedIn(req), req.params.key, req.body, auditMeta(req)),
	);
	app.put(
		'/site-info',
		{
			config: { access: SITE_INFO_EDITORS },
			schema: {
				tags,
				operationId: 'saveSiteInfo',
				summary: '修改网站页脚的服务电话、地址、ICP 备案号和公安备案号（记入审计日志）',
				body: SaveSiteInfoBodySchema,
				response: { 200: SiteInfoSchema },
			},
		},
		(req) => contacts.saveSite(signedIn(req), req.body, auditMeta(req)),
	);
};
