import type { IncomingMessage, ServerResponse } from 'node:http';
import {
	constants,
	createBrotliCompress,
	createGzip,
	type BrotliCompress,
	type Gzip,
} from 'node:zlib';
import compress from '@fastify/compress';
import fp from 'fastify-plugin';

/**
 * Brotli's default quality (11) is meant for files compressed once; answers are compressed on
 * every request, where quality 4 is about gzip's speed and still smaller.
 */
const BROTLI_QUALITY = 4;

/**
 * Compresses /api answers (JSON, problems, the docs page) with @fastify/compress. Its onSend hook
 * skips types mime-db marks as not compressible (.xlsx, .zip, images), so exports are sent as they
 * are. Request bodies are not inflated: every body the API reads is small JSON or a multipart
 * upload, and a compressed body would only be a way to send a small bomb.
 */
export const compressPlugin = fp(
	async (app) => {
		await app.register(compress, {
			global: true,
			globalDecompression: false,
			encodings: ['br', 'gzip'],
			threshold: 1024,
			brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
		});
	},
	{ name: 'compress' },
);

/** Text that shrinks: pages, their JSON data, style sheets, scripts, SVG. */
const COMPRESSIBLE =
	/^\s*(text\/|application\/(json|problem\+json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;

/** The encoding to use for this request, br over gzip, or none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
	if (!acceptEncoding) return undefined;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name = '', ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
	}
	const weightOf = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
	const br = weightOf('br');
	const gzip = weightOf('gzip');
	if (br > 0 && br >= gzip) return 'br';
	if (gzip > 0) return 'gzip';
	return undefined;
}

/**
 * Compresses what the SvelteKit handler writes straight to the socket (Fastify's onSend hooks
 * never see it). Decided when the head is written: an answer that is already encoded (the
 * precompressed .br/.gz files the adapter's static server picks), has no body, or is not text
 * goes out untouched. Every write is flushed through, so a page streamed in parts (a load
 * function's promise) still reaches the browser part by part.
 */
export function compressPage(req: IncomingMessage, res: ServerResponse): void {
	if (req.method === 'HEAD') return;
	const encoding = chooseEncoding(req.headers['accept-encoding']);
	if (!encoding) return;

	const write = res.write.bind(res) as (...args: unknown[]) => boolean;
	const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
	const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
	let stream: Gzip | BrotliCompress | undefined;
	let decided = false;

	const decide = () => {
		if (decided) return;
		decided = true;
		const type = String(res.getHeader('content-type') ?? '');
		const status = res.statusCode;
		if (
			status < 200 ||
			status === 204 ||
			status === 304 ||
			res.hasHeader('content-encoding') ||
			!COMPRESSIBLE.test(type) ||
			/\bno-transform\b/i.test(String(res.getHeader('cache-control') ?? ''))
		)
			return;
		res.setHeader('content-encoding', encoding);
		res.appendHeader('vary', 'Accept-Encoding');
		res.removeHeader('content-length');
		stream =
			encoding === 'br'
				? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
				: createGzip();
		stream.on('data', (chunk: Buffer) => {
			if (!write(chunk)) stream?.pause();
		});
		res.on('drain', () => {
			if (!res.writableNeedDrain) stream?.resume();
		});
		// the caller (SvelteKit) waits for the response's 'drain' when a write returns false
		stream.on('drain', () => res.emit('drain'));
		stream.on('end', () => end());
		stream.on('error', (err) => res.destroy(err));
		res.on('close', () => stream?.destroy());
	};
	const flush = () =>
		stream?.flush(encoding === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH);

	res.writeHead = ((...args: unknown[]) => {
		// writeHead(status, [message], [headers]): headers given here count for the decision
		const [status, ...rest] = args;
		const headers = rest.find((a) => a && typeof a === 'object');
		if (Array.isArray(headers)) {
			decided = true; // raw header pairs: sent as they are, uncompressed
			return writeHead(...args);
		}
		if (typeof status === 'number') res.statusCode = status;
		for (const [k, v] of Object.entries((headers ?? {}) as Record<string, unknown>))
			if (v !== undefined) res.setHeader(k, v as string);
		decide();
		const message = rest.find((a) => typeof a === 'string');
		return message ? writeHead(res.statusCode, message) : writeHead(res.statusCode);
	}) as ServerResponse['writeHead'];

	const bytes = (chunk: unknown, enc: unknown): Buffer | Uint8Array =>
		typeof chunk === 'string'
			? Buffer.from(chunk, typeof enc === 'string' ? (enc as BufferEncoding) : 'utf8')
			: (chunk as Uint8Array);
	const callbackIn = (...args: unknown[]) =>
		args.find((a) => typeof a === 'function') as (() => void) | undefined;

	res.write = ((chunk: unknown, enc?: unknown, cb?: unknown) => {
		decide();
		if (!stream) return write(chunk, enc, cb);
		const ok = stream.write(bytes(chunk, enc), callbackIn(enc, cb));
		flush();
		return ok;
	}) as ServerResponse['write'];

	res.end = ((chunk?: unknown, enc?: unknown, cb?: unknown) => {
		decide();
		if (!stream) return end(chunk, enc, cb);
		const callback = callbackIn(chunk, enc, cb);
		if (callback) res.once('finish', callback);
		if (chunk != null && typeof chunk !== 'function') stream.end(bytes(chunk, enc));
		else stream.end();
		return res;
	}) as ServerResponse['end'];
}
