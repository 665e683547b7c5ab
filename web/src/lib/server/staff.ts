import { error } from '@sveltejs/kit';
import type { Problem } from '@ronghe/contracts';
import type { ApiClient } from './api';
import { problemMessage } from './problems';

export function problemError(problem: Problem): never {
	error(problem.status, problemMessage(problem));
}

/**
 * Passes an .xlsx download from the API through to the browser, with the API's file name.
 * Problems become the error page in Chinese.
 */
export async function proxyDownload(
	api: ApiClient,
	path: string,
	init: RequestInit = {},
): Promise<Response> {
	const res = await api.raw(path, init);
	if (!res) error(503, '暂时连不上服务器，请稍后再试。');
	if (!res.ok) {
		const body = (await res.json().catch(() => ({}))) as Partial<Problem>;
		error(res.status, body.detail ?? '下载没有成功，请稍后再试。');
	}
	const headers = new Headers({ 'cache-control': 'no-store' });
	for (const name of ['content-type', 'content-disposition', 'content-length']) {
		const value = res.headers.get(name);
		if (value) headers.set(name, value);
	}
	return new Response(res.body, { status: 200, headers });
}
