import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hash } from '@node-rs/argon2';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createFieldCipher, verifyDataKey } from '@ronghe/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';
import { users } from '@ronghe/db/schema';
import { freePort } from '@ronghe/search';
import { createEmployer, createPersonRow, seedReference } from '../fixtures/factories.js';
import { createScratchDatabase } from '../support/db.js';
import { platformRefusal, startPlatform } from '../support/server.js';

const alive = (pid: number) =>
	existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

describe('the one-command start (embedded PGlite + Meilisearch)', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-start-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	// two whole starts on the embedded database, the first one generating the demo data: on two
	// cores shared with the fault lane that takes about a minute, so the limit is well above it
	it(
		'starts with demo data, stops Meilisearch on Ctrl-C, and keeps the data for the next start',
		{ timeout: 240_000 },
		async () => {
			const port = await freePort();
			const base = `http://127.0.0.1:${port}`;
			const first = await startPlatform(port, { RONGHE_DATA_DIR: dataDir });
			expect(first.output()).toContain(`http://localhost:${port}`);
			expect(first.output()).toContain('已生成演示数据');
			expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({
				status: 'ok',
				db: 'ok',
				search: 'ok',
			});
			const home = await fetch(`${base}/`);
			expect(home.status).toBe(200);
			expect(await home.text()).toContain('lang="zh-CN"');
			// search answers once the sync worker has sent every demo posting to Meilisearch, which
			// staff see on the search status as nothing left waiting (a total read half-way through
			// the sync would differ from the total after the restart)
			const login = await fetch(`${base}/api/auth/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ phone: '13900000006', password: 'wutai-demo-2026' }),
			});
			expect(login.status).toBe(200);
			const staff = {
				authorization: `Bearer ${((await login.json()) as { token: string }).token}`,
			};
			let status = { engineUp: false, pending: -1, failing: -1 };
			for (let i = 0; i < 120 && !(status.engineUp && status.pending === 0); i++) {
				if (i) await new Promise((r) => setTimeout(r, 500));
				status = await (await fetch(`${base}/api/search/status`, { headers: staff })).json();
			}
			expect(status).toMatchObject({ engineUp: true, pending: 0, failing: 0 });
			const before = (await (await fetch(`${base}/api/postings`)).json()).total as number;
			expect(before).toBeGreaterThan(100);
			const meiliPid = Number(
				readFileSync(join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'),
			);
			expect(alive(meiliPid)).toBe(true);
			// a second start on the same data folder is refused instead of stealing its Meilisearch
			await expect(startPlatform(await freePort(), { RONGHE_DATA_DIR: dataDir })).rejects.toThrow(
				/已被另一个正在运行的融合就业进程/,
			);
			expect(alive(meiliPid)).toBe(true);

			expect(await first.stop('SIGINT')).toBe(0);
			expect(alive(meiliPid)).toBe(false);

			const second = await startPlatform(port, { RONGHE_DATA_DIR: dataDir });
			expect(second.output()).not.toContain('已生成演示数据');
			// the same demo database keeps its demo logins, and prints them
			expect(second.output()).toContain('演示账号');
			expect(second.output()).toContain('13900000006');
			const after = (await (await fetch(`${base}/api/postings`)).json()).total as number;
			expect(after).toBe(before);
			expect(await second.stop()).toBe(0);
		},
	);
});

/**
 * Starts that must not happen, on PostgreSQL (a scratch database each) with search pointed at the
 * lane's Meilisearch; the API alone, without the web app.
 */
describe('starts the platform refuses or restricts', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-refuse-'));
	const drops: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const drop of drops) await drop();
		rmSync(dataDir, { recursive: true, force: true });
	});
	const scratch = async () => {
		const db = await createScratchDatabase('start');
		drops.push(db.drop);
		const handle = createDb({ databaseUrl: db.url, dataDir: 'unused', poolSize: 2 });
		await handle.migrate();
		await seedReference(handle.db);
		return { url: db.url, handle };
	};
	const env = (databaseUrl: string, more: NodeJS.ProcessEnv) => ({
		DATABASE_URL: databaseUrl,
		MEILI_URL: process.env.TEST_MEILI_URL ?? 'http://127.0.0.1:9',
		MEILI_MASTER_KEY: process.env.TEST_MEILI_MASTER_KEY ?? '',
		MEILI_INDEX_PREFIX: `start_${randomBytes(4).toString('hex')}_`,
		RONGHE_DATA_DIR: dataDir,
		RONGHE_WEB_HANDLER: '',
		...more,
	});

	it('development on a database with real people: no demo logins created or printed', async () => {
		const { url, handle } = await scratch();
		const key = randomBytes(32);
		const cipher = createFieldCipher(key);
		await createPersonRow(handle.db, {
			idNumberEnc: cipher.encrypt('140922199001011238'),
			idNumberHash: cipher.hash('140922199001011238'),
		});
		await createEmployer(handle.db);
		await handle.close();
		const port = await freePort();
		const server = await startPlatform(
			port,
			env(url, { RONGHE_MODE: 'development', RONGHE_DATA_KEY: key.toString('hex') }),
		);
		try {
			// the demo logins list (header, password, phones) is not printed
			expect(server.output()).not.toContain('仅限开发演示');
			expect(server.output()).not.toContain(DEMO_PASSWORD);
			expect(server.output()).not.toContain('13900000006');
			expect(server.output()).toContain('未创建演示账号');
			const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ phone: '13900000006', password: DEMO_PASSWORD }),
			});
			expect(login.status).toBe(401);
		} finally {
			expect(await server.stop()).toBe(0);
		}
	});

	it('production with a demo login that opens with the demo password: refuses, exit ≠ 0', async () => {
		const { url, handle } = await scratch();
		const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
		await handle.db.insert(users).values({ ...admin, passwordHash: await hash(DEMO_PASSWORD) });
		await handle.close();
		const key = randomBytes(32).toString('hex');
		const refused = await platformRefusal(
			await freePort(),
			env(url, { RONGHE_MODE: 'production', RONGHE_DATA_KEY: key }),
		);
		expect(refused.code).not.toBe(0);
		expect(refused.output).toContain('生产模式拒绝启动');
		expect(refused.output).toContain(admin.phone);
	});

	it('a data key other than the one the data was sealed with: refuses, naming the problem, not the key', async () => {
		const { url, handle } = await scratch();
		const right = randomBytes(32);
		const cipher = createFieldCipher(right);
		await createPersonRow(handle.db, {
			idNumberEnc: cipher.encrypt('140922199001011238'),
			idNumberHash: cipher.hash('140922199001011238'),
		});
		await verifyDataKey(handle.db, right);
		await handle.close();
		const wrong = randomBytes(32);
		const refused = await platformRefusal(
			await freePort(),
			env(url, { RONGHE_MODE: 'production', RONGHE_DATA_KEY: wrong.toString('hex') }),
		);
		expect(refused.code).not.toBe(0);
		expect(refused.output).toContain('数据密钥与数据库不符');
		for (const k of [right, wrong]) {
			expect(refused.output).not.toContain(k.toString('hex'));
			expect(refused.output).not.toContain(k.toString('base64'));
		}
		expect(refused.output).not.toContain('融合就业已启动');
	});
});
