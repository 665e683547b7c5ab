import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { freePort } from '@ronghe/search';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Starts the whole platform as a user would (one process, one port) on a fresh database of the
 * throwaway PostgreSQL server and the test Meilisearch, with the Wutai demo data.
 */
export default async function setup(project: TestProject) {
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-e2e-'));
	const port = await freePort();
	const tag = `e2e_${randomBytes(4).toString('hex')}`;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		RONGHE_DATA_DIR: dataDir,
		RONGHE_WEB_HANDLER: join(ROOT, 'web/build/handler.js'),
		RONGHE_API_URL: `http://127.0.0.1:${port}`,
		LOG_LEVEL: 'warn',
	};
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (adminUrl) {
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${tag}`);
		await admin.end();
		const url = new URL(adminUrl);
		url.pathname = `/${tag}`;
		env.DATABASE_URL = url.toString();
	}
	if (process.env.TEST_MEILI_URL) {
		env.MEILI_URL = process.env.TEST_MEILI_URL;
		env.MEILI_MASTER_KEY = process.env.TEST_MEILI_MASTER_KEY;
		env.MEILI_INDEX_PREFIX = `${tag}_`;
	}
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
		cwd: join(ROOT, 'api'),
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
	const baseUrl = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 150_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
		if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
		const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 250));
	}
	project.provide('baseUrl', baseUrl);

	return async () => {
		const exited = new Promise((r) => child.once('exit', r));
		child.kill('SIGTERM');
		await exited;
		rmSync(dataDir, { recursive: true, force: true });
		if (adminUrl) {
			const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
			await admin.unsafe(`drop database if exists ${tag} with (force)`);
			await admin.end();
		}
	};
}
