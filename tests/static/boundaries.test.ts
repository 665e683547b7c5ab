import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The boundary and type-aware rules of eslint.config.js, run on small pieces of code placed at
 * real paths: each rule must stop what docs/architecture.md says may not happen, and let through
 * what may.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(filePath: string, code: string) {
	const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
	return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}
// Type-aware linting loads each package's TypeScript project on first use: seconds, not milliseconds.
const imports = (from: string) => `import * as x from '${from}';\nexport const y = x;\n`;

describe('package boundaries (allow-lists)', { timeout: 60_000 }, () => {
	it.each([
		['web/src/routes/jobs/+page.server.ts', '@ronghe/db'],
		['web/src/lib/server/api.ts', '@ronghe/search'],
		['web/src/routes/+page.server.ts', '@ronghe/api/app'],
		['search/src/sync.ts', '@ronghe/api/app'],
		['contracts/src/postings.ts', '@ronghe/db'],
		['db/src/demo/people.ts', '@ronghe/search'],
		['db/src/schema/people.ts', '@ronghe/api/app'],
	])('%s may not import %s', async (file, from) => {
		expect(await problems(file, imports(from))).toEqual([
			expect.stringMatching(/^no-restricted-imports: /),
		]);
	});

	it.each([
		['web/src/routes/jobs/+page.server.ts', '@ronghe/contracts'],
		['search/src/sync.ts', '@ronghe/db'],
		['db/src/demo/people.ts', '@ronghe/contracts'],
		['api/src/modules/health/health.service.ts', '@ronghe/search'],
	])('%s may import %s', async (file, from) => {
		expect(await problems(file, imports(from))).toEqual([]);
	});
});

describe('layers inside the API', { timeout: 60_000 }, () => {
	it('keeps Fastify out of services and repositories', async () => {
		for (const file of [
			'api/src/modules/health/health.service.ts',
			'api/src/modules/people/people.repository.ts',
		])
			expect(await problems(file, imports('fastify'))).toEqual([
				expect.stringContaining('不能依赖 Fastify'),
			]);
	});

	it('lets route files reach services only, not repositories or the database', async () => {
		const file = 'api/src/modules/people/people.routes.ts';
		expect(await problems(file, imports('./people.repository.js'))).toEqual([
			expect.stringContaining('路由只调用服务'),
		]);
		expect(await problems(file, imports('@ronghe/db'))).toEqual([
			expect.stringContaining('路由只调用服务'),
		]);
	});
});

describe('inside the web app', { timeout: 60_000 }, () => {
	const page = 'web/src/routes/staff/quota/+page.server.ts';

	it("keeps a route out of another route's files; $lib is the shared place", async () => {
		expect(await problems(page, imports('../../../jobs/job-filters.svelte'))).toEqual([
			expect.stringContaining('路由之间不能互相引用文件'),
		]);
		expect(await problems(page, imports('$lib/jobs-href'))).toEqual([]);
	});

	it('answers a lapsed session (401) only through the guard', async () => {
		const code = `export const signedOut = (p: { status: number }) => p.status === 401;\n`;
		expect(await problems(page, code)).toEqual([expect.stringContaining('redirectIfSignedOut')]);
	});

	it('names role groups instead of writing a list of roles', async () => {
		const code = `export const who = ['admin', 'bureau', 'federation'];\n`;
		expect(await problems(page, code)).toEqual([expect.stringContaining('角色组')]);
	});
});

describe('type-aware rules', { timeout: 60_000 }, () => {
	it('reports a promise that nobody awaits', async () => {
		const code = `async function save() {}\nexport function run() {\n\tsave();\n}\n`;
		expect(await problems('api/src/modules/health/health.service.ts', code)).toEqual([
			expect.stringMatching(/^@typescript-eslint\/no-floating-promises: /),
		]);
	});

	it('reports a switch that forgets a role', async () => {
		const code = [
			"import type { Role } from '@ronghe/contracts';",
			'export function home(role: Role) {',
			'\tswitch (role) {',
			"\t\tcase 'seeker':",
			"\t\t\treturn '/me';",
			"\t\tcase 'employer':",
			"\t\t\treturn '/employer';",
			'\t}',
			'}',
			'',
		].join('\n');
		expect(await problems('api/src/modules/health/health.service.ts', code)).toEqual([
			expect.stringMatching(/^@typescript-eslint\/switch-exhaustiveness-check: /),
		]);
	});
});
