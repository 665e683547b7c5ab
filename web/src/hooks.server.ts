import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { A11Y_COOKIE, htmlClassFor, parseA11yCookie, themeColorFor } from '$lib/a11y';
import { createApiClient } from '$lib/server/api';
import { bodyTooLarge } from '$lib/server/body-limit';
import { loadConfig, type Config } from '$lib/server/config';
import { apiCookieHeader, loadSessionUser } from '$lib/server/session';

let config: Config | undefined;

/** Pages that work for an account that must change its temporary password first. */
const PASSWORD_CHANGE_PAGES = new Set(['/account', '/logout']);

// Read the environment at startup so a bad RONGHE_API_URL stops the server at once.
export const init: ServerInit = () => {
	config = loadConfig();
};

export const handle: Handle = async ({ event, resolve }) => {
	config ??= loadConfig();
	if (bodyTooLarge(event.request, event.url.pathname))
		return new Response('提交的内容太大，请减少内容后再试。', {
			status: 413,
			headers: { 'content-type': 'text/plain; charset=utf-8' },
		});
	// Global fetch, not event.fetch: with the API on this very origin, event.fetch would
	// route /api/* back into SvelteKit instead of to Fastify.
	event.locals.api = createApiClient(
		fetch,
		config.apiUrl,
		apiCookieHeader(event.cookies, event.url),
		clientAddress(event.getClientAddress),
		event.request.headers.get('user-agent') ?? undefined,
	);
	const a11y = parseA11yCookie(event.cookies.get(A11Y_COOKIE));
	event.locals.a11y = a11y;
	event.locals.user = await loadSessionUser(event.locals.api, event.cookies, event.url);
	// The API answers 403 to everything else until the temporary password is changed.
	if (event.locals.user?.mustChangePassword && !PASSWORD_CHANGE_PAGES.has(event.url.pathname))
		redirect(303, '/account');

	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%ronghe.htmlclass%', htmlClassFor(a11y))
				.replace('%ronghe.themecolor%', themeColorFor(a11y)),
	});
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	// A signed-in page shows names, ID numbers and disability data: no browser or proxy cache may
	// keep it (the back button on a shared computer in a township office, after sign-out).
	if (event.locals.user) response.headers.set('cache-control', 'no-store');
	return response;
};

function clientAddress(get: () => string): string | undefined {
	try {
		return get();
	} catch {
		return undefined; // no socket to ask, e.g. while prerendering
	}
}

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status >= 500) console.error(`${event.request.method} ${event.url.pathname}`, error);
	if (status === 404)
		return { message: '没有找到您要的页面。可能是网址写错了，或者内容已经删除。' };
	if (status === 405) return { message: '这个页面不能这样提交。请回到页面，用页面上的按钮操作。' };
	if (status < 500) return { message: '请求有误，请回到页面重新操作。' };
	return { message: '出错了，请稍后再试。' };
};
