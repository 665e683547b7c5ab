import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// In `vite dev` the browser reaches the API through this proxy; in production one Node
// process serves /api (Fastify) and everything else (the adapter-node handler).
const apiProxy = { '/api': 'http://127.0.0.1:3001' };

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Pages import code lists and labels from @ronghe/contracts, whose modules also build zod schemas
 * at the top level. The bundler cannot tell that building a schema has no other effect, so every
 * schema, and zod with it (~40 KiB compressed), ended up in the browser; zod's `Function('')`
 * probe then tripped the pages' CSP. In the browser build each top-level `const` of a contracts
 * module is wrapped in a pure-annotated call, so one nothing in the page uses is left out.
 * The server build is untouched.
 */
function pureContracts(): Plugin {
	return {
		name: 'ronghe:pure-contracts',
		enforce: 'post',
		transform(code, id, options) {
			if (options?.ssr || !/\/contracts\/src\/(?!.*\.test\.)[^/]+\.ts$/.test(id)) return;
			const program = this.parse(code) as unknown as { body: Node[] };
			const inits: Node[] = [];
			for (const statement of program.body) {
				const decl =
					statement.type === 'ExportNamedDeclaration'
						? (statement.declaration as Node | null)
						: statement;
				if (decl?.type !== 'VariableDeclaration') continue;
				for (const d of decl.declarations as { init: Node | null }[])
					if (d.init && d.init.type !== 'ArrowFunctionExpression' && d.init.type !== 'Literal')
						inits.push(d.init);
			}
			if (!inits.length) return;
			let out = code;
			for (const init of inits.sort((a, b) => b.start - a.start))
				out = `${out.slice(0, init.start)}/* @__PURE__ */ (() => (${out.slice(init.start, init.end)}))()${out.slice(init.end)}`;
			return { code: out, map: null };
		},
	};
}

export default defineConfig({
	plugins: [sveltekit(), pureContracts()],
	server: { proxy: apiProxy },
	preview: { proxy: apiProxy },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
	},
});
