import { z } from 'zod';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';

// An empty variable (`PORT=`) means "not set", not "zero".
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const EnvSchema = z.object({
	RONGHE_API_URL: optional(
		z.url({ protocol: /^https?$/, error: 'RONGHE_API_URL 应是 http(s) 网址' }),
	),
	PORT: optional(z.coerce.number().int().min(1).max(65_535)),
});

export type Config = Readonly<{ apiUrl: string }>;

/** The only place the web app reads environment variables. Fails fast, listing every issue. */
export function loadConfig(source: Record<string, string | undefined> = env): Config {
	const parsed = EnvSchema.safeParse(source);
	if (!parsed.success) throw new Error(`web 配置有误：\n${z.prettifyError(parsed.error)}`);
	const { RONGHE_API_URL, PORT } = parsed.data;
	// In production the API shares this process's port; `pnpm dev` runs it on 3001.
	const fallback = dev ? 'http://127.0.0.1:3001' : `http://127.0.0.1:${PORT ?? 3000}`;
	return Object.freeze({ apiUrl: (RONGHE_API_URL ?? fallback).replace(/\/+$/, '') });
}
