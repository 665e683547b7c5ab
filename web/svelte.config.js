import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The hashes of the inline scripts written into src/app.html, so the policy lets them run. */
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(m) => /** @type {const} */ (`sha256-${createHash('sha256').update(m[1]).digest('base64')}`),
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// The server resolves routes for client-side navigation, so the client entry that every
		// page loads does not carry the list of all routes: it stays the same size as pages are
		// added (docs/architecture.md, "Answers are compressed").
		router: { resolution: 'server' },
		// Kit adds hashes or nonces for its own inline scripts, and the one in app.html is allowed
		// by its hash; nothing else may run or load from elsewhere.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScripts],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
			},
		},
	},
};

export default config;
