/** Pages whose form posts a file (the roster .xlsx, up to 20 MB: BODY_SIZE_LIMIT is 21M). */
const UPLOAD_PAGES = new Set(['/staff/registry/import']);

/** Every other form posts a few fields; more than this is not a person filling in a form. */
export const FORM_BODY_LIMIT = 1024 * 1024;

/**
 * SvelteKit has one body limit for every route (BODY_SIZE_LIMIT), raised to 21 MB for the
 * roster upload; this keeps large bodies to that one page, checked in hooks.server.ts before
 * any of the body is read. Browsers always send a length with a form post; a body without one
 * (chunked) is still capped by BODY_SIZE_LIMIT.
 */
export function bodyTooLarge(request: Request, pathname: string): boolean {
	if (request.method === 'GET' || request.method === 'HEAD') return false;
	if (UPLOAD_PAGES.has(pathname.replace(/\/+$/, ''))) return false;
	const length = Number(request.headers.get('content-length') ?? 0);
	return !(length <= FORM_BODY_LIMIT);
}
