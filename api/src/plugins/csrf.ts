import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { SESSION_COOKIE } from '@ronghe/contracts';
import { AppError } from '../errors.js';

class CrossSiteRequestError extends AppError {
	readonly status = 403;
	readonly code = 'cross_site_request';
	readonly title = '没有权限';
	constructor() {
		super('这个请求来自其他网站，已被拒绝。请回到融合就业的页面重新操作。');
	}
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Content types a browser sends cross-site without asking first (no CORS preflight). */
const SIMPLE_TYPES = new Set([
	'text/plain',
	'application/x-www-form-urlencoded',
	'multipart/form-data',
]);

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

function carriesSessionCookie(cookie: string | undefined): boolean {
	if (!cookie) return false;
	return cookie.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

/** `scheme://host[:port]` as browsers write it in Origin (default port left out), or null. */
function originOf(value: string): string | null {
	try {
		const origin = new URL(value).origin;
		return origin === 'null' ? null : origin;
	} catch {
		return null;
	}
}

function mediaType(req: FastifyRequest): string {
	return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Refuses unsafe requests to /api that a browser may have sent on another site's behalf with
 * the session cookie (CSRF). A bearer token is never attached by a browser on its own, so those
 * requests pass; so do requests without the cookie (nothing to borrow). The rest must come from
 * this very origin: `Sec-Fetch-Site` (modern browsers) and `Origin` (every browser on a POST)
 * both have to agree. When neither header is there, the request did not come from a browser,
 * unless it is one a browser can send cross-site without a preflight (a "simple" content type,
 * e.g. an old browser's form post): that one is refused too. The web server's own calls send
 * JSON, and its file upload a bearer token (web/src/lib/server/api/transport.ts).
 */
export const csrfPlugin = fp<{ allowedOrigins?: readonly string[] }>(
	async (app, { allowedOrigins = [] }) => {
		const extra = new Set(allowedOrigins.map(originOf).filter((o) => o !== null));
		app.addHook('onRequest', async (req) => {
			if (!UNSAFE.has(req.method) || !isApi(req.url)) return;
			if (req.headers.authorization?.startsWith('Bearer ')) return;
			if (!carriesSessionCookie(req.headers.cookie)) return;

			const site = req.headers['sec-fetch-site'];
			if (site !== undefined && site !== 'same-origin' && site !== 'none')
				throw new CrossSiteRequestError();
			const origin = req.headers.origin;
			if (origin !== undefined) {
				// req.protocol and req.host follow X-Forwarded-Proto/-Host from trusted proxies only
				const own = originOf(`${req.protocol}://${req.host}`);
				const given = originOf(origin);
				if (!given || (given !== own && !extra.has(given))) throw new CrossSiteRequestError();
				return;
			}
			if (site === undefined && SIMPLE_TYPES.has(mediaType(req))) throw new CrossSiteRequestError();
		});
	},
	{ name: 'csrf' },
);
