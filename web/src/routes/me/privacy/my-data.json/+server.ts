import { error } from '@sveltejs/kit';
import { SEEKERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** The same data as JSON, for taking to another service (PIPL art. 45), saved as a file. */
export const GET: RequestHandler = async ({ locals }) => {
	requireRole(locals, '/me/privacy', SEEKERS);
	const res = await locals.api.raw('/api/me/data');
	if (!res) error(503, '暂时连不上服务器，请稍后再试。');
	if (!res.ok) error(res.status, '下载没有成功，请稍后再试。');
	const day = new Date().toISOString().slice(0, 10);
	return new Response(res.body, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="my-data.json"; filename*=UTF-8''${encodeURIComponent(`我的数据-${day}.json`)}`,
			'cache-control': 'no-store',
		},
	});
};
