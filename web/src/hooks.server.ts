import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { A11Y_COOKIE, htmlClassFor, parseA11yCookie, themeColorFor } from '$lib/a11y';
import { createApiClient } from '$lib/server/api';
import { loadConfig, type Config } from '$lib/server/config';

let config: Config | undefined;

// Read the environment at startup so a bad RONGHE_API_URL stops the server at once.
export const init: ServerInit = () => {
	config = loadConfig();
};

export const handle: Handle = async ({ event, resolve }) => {
	config ??= loadConfig();
	// Global fetch, not event.fetch: with the API on this very origin, event.fetch would
	// route /api/* back into SvelteKit instead of to Fastify.
	event.locals.api = createApiClient(
		fetch,
		config.apiUrl,
		event.request.headers.get('cookie') ?? undefined,
	);
	const a11y = parseA11yCookie(event.cookies.get(A11Y_COOKIE));
	event.locals.a11y = a11y;
	event.locals.user = null;

	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%ronghe.htmlclass%', htmlClassFor(a11y))
				.replace('%ronghe.themecolor%', themeColorFor(a11y)),
	});
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(`${event.request.method} ${event.url.pathname}`, error);
	return {
		message:
			status === 404
				? '没有找到您要的页面。可能是网址写错了，或者内容已经删除。'
				: '出错了，请稍后再试。',
	};
};
