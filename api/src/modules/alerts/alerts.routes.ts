import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	CreateSavedSearchBodySchema,
	MarkedReadSchema,
	NotificationIdParamsSchema,
	NotificationListQuerySchema,
	NotificationListSchema,
	NotificationSchema,
	SavedSearchIdParamsSchema,
	SavedSearchListSchema,
	SavedSearchSchema,
	SEEKERS,
	UnreadCountSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

const tags = ['alerts'];

/** A seeker's saved searches and everyone's in-app notifications, under /api/me. */
export const alertsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { alerts } = app.services;

	app.get(
		'/saved-searches',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'listSavedSearches',
				summary: '我保存的搜索',
				response: { 200: SavedSearchListSchema },
			},
		},
		(req) => alerts.listSaved(signedIn(req)),
	);

	app.post(
		'/saved-searches',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'createSavedSearch',
				summary: '保存一个搜索：有符合条件的新岗位发布时提醒我（重复提交返回已保存的那个）',
				body: CreateSavedSearchBodySchema,
				response: { 200: SavedSearchSchema, 201: SavedSearchSchema },
			},
		},
		async (req, reply) => {
			const { created, saved } = await alerts.createSaved(signedIn(req), req.body);
			return reply.code(created ? 201 : 200).send(saved);
		},
	);

	app.delete(
		'/saved-searches/:savedSearchId',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'deleteSavedSearch',
				summary: '删除一个保存的搜索（不再提醒）',
				params: SavedSearchIdParamsSchema,
				response: { 204: z.null().describe('已删除') },
			},
		},
		async (req, reply) => {
			await alerts.deleteSaved(signedIn(req), req.params.savedSearchId);
			return reply.code(204).send(null);
		},
	);

	app.get(
		'/notifications',
		{
			config: { access: 'signed-in' },
			schema: {
				tags,
				operationId: 'listNotifications',
				summary: '我的提醒（未读的在前；unread=1 只看未读）',
				querystring: NotificationListQuerySchema,
				response: { 200: NotificationListSchema },
			},
		},
		(req) => alerts.listNotifications(signedIn(req), req.query),
	);

	app.get(
		'/notifications/unread-count',
		{
			config: { access: 'signed-in' },
			schema: {
				tags,
				operationId: 'countUnreadNotifications',
				summary: '未读提醒的数量',
				response: { 200: UnreadCountSchema },
			},
		},
		(req) => alerts.unreadCount(signedIn(req)),
	);

	app.post(
		'/notifications/:notificationId/read',
		{
			config: { access: 'signed-in' },
			schema: {
				tags,
				operationId: 'markNotificationRead',
				summary: '把一条提醒标为已读',
				params: NotificationIdParamsSchema,
				response: { 200: NotificationSchema },
			},
		},
		(req) => alerts.markRead(signedIn(req), req.params.notificationId),
	);

	app.post(
		'/notifications/read-all',
		{
			config: { access: 'signed-in' },
			schema: {
				tags,
				operationId: 'markAllNotificationsRead',
				summary: '把所有提醒标为已读',
				response: { 200: MarkedReadSchema },
			},
		},
		(req) => alerts.markAllRead(signedIn(req)),
	);
};
