import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// In `vite dev` the browser reaches the API through this proxy; in production one Node
// process serves /api (Fastify) and everything else (the adapter-node handler).
const apiProxy = { '/api': 'http://127.0.0.1:3001' };

export default defineConfig({
	plugins: [sveltekit()],
	server: { proxy: apiProxy },
	preview: { proxy: apiProxy },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
	},
});
