// Demo data CLI: `tsx src/cli/seed.ts [--seekers N] [--employers N] [--postings N] [--courses N]
// [--seed N] [--data-dir DIR] [--force]`. A config entry point, so it reads process.env.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '../client.js';
import { createFieldCipher } from '../crypto.js';
import { loadDataKey } from '../data-key.js';
import { firstDemoRecords, isDatabaseEmpty, seedDemo, type SeedCounts } from '../demo/index.js';
import { markDemoDatabase, readDemoMarker, verifyDataKey } from '../instance.js';
import { ensureReferenceData } from '../reference/index.js';

const USAGE = `用法：pnpm seed [选项]
  --seekers N     求职者人数（默认 400）
  --employers N   用人单位数（默认 60）
  --postings N    岗位数（默认 150）
  --courses N     培训班数（默认 12）
  --seed N        随机种子（默认 20261128；同一种子生成同样的数据）
  --data-dir DIR  PGlite 数据目录（默认 $RONGHE_DATA_DIR 或 ./data；memory:// 为内存库）
  --force         数据库里已有数据时仍然写入（已存在的同一条记录会跳过）
  -h, --help      显示本说明

环境变量：DATABASE_URL（设置后写入 PostgreSQL）、RONGHE_DATA_DIR、RONGHE_DATA_KEY。
使用 PGlite 时请先停止正在运行的服务：同一个数据目录不能被两个进程同时打开。`;

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			seekers: { type: 'string' },
			employers: { type: 'string' },
			postings: { type: 'string' },
			courses: { type: 'string' },
			seed: { type: 'string' },
			'data-dir': { type: 'string' },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const options = {
		seekers: wholeNumber('--seekers', values.seekers),
		employers: wholeNumber('--employers', values.employers),
		postings: wholeNumber('--postings', values.postings),
		courses: wholeNumber('--courses', values.courses),
		seed: wholeNumber('--seed', values.seed),
	};

	// `pnpm seed` runs in db/; INIT_CWD is where the user typed it, so ./data means the same
	// folder that `npm start` uses
	const rawDir = values['data-dir'] ?? env.RONGHE_DATA_DIR ?? './data';
	const dataDir = rawDir === 'memory://' ? rawDir : resolve(env.INIT_CWD ?? process.cwd(), rawDir);
	const key =
		dataDir === 'memory://' && !env.RONGHE_DATA_KEY
			? randomBytes(32)
			: loadDataKey({ dataKey: env.RONGHE_DATA_KEY, dataDir });
	const cipher = createFieldCipher(key);

	const handle = createDb({ databaseUrl: env.DATABASE_URL, dataDir });
	const target = handle.driver === 'postgres' ? 'PostgreSQL（DATABASE_URL）' : `PGlite ${dataDir}`;
	try {
		await handle.migrate();
		await ensureReferenceData(handle.db);
		await verifyDataKey(handle.db, key);
		const empty = await isDatabaseEmpty(handle.db);
		if (!values.force && !empty) {
			console.error(`${target} 里已有用人单位或求职者，未写入演示数据。确需写入请加 --force。`);
			return 1;
		}
		// only a database that was empty becomes a demo database (with demo logins at start);
		// demo rows forced into one holding other data leave it an ordinary database
		const marker = (await readDemoMarker(handle.db)) ?? {
			seededAt: new Date().toISOString(),
			personId: null,
			employerId: null,
		};
		if (empty) await markDemoDatabase(handle.db, marker);
		console.error(`正在向 ${target} 写入演示数据……`);
		const started = performance.now();
		const counts = await seedDemo(handle.db, {
			cipher,
			...options,
			onProgress: createProgressLine(process.stderr),
		});
		if (empty)
			await markDemoDatabase(handle.db, { ...marker, ...(await firstDemoRecords(handle.db)) });
		const seconds = (performance.now() - started) / 1000;
		console.log(formatCounts(counts, seconds));
		return 0;
	} finally {
		await handle.close();
	}
}

function wholeNumber(flag: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d[\d_]*$/.test(value)) throw new Error(`${flag} 需要一个非负整数，收到 “${value}”。`);
	const n = Number(value.replaceAll('_', ''));
	if (!Number.isSafeInteger(n)) throw new Error(`${flag} 太大：${value}`);
	return n;
}

/** `people 120000/1000000` on one rewritten line on a terminal, otherwise about once a second. */
function createProgressLine(out: NodeJS.WriteStream) {
	let lastAt = 0;
	return (table: string, done: number, total: number) => {
		const finished = done >= total;
		const at = performance.now();
		if (!finished && at - lastAt < (out.isTTY ? 100 : 1000)) return;
		lastAt = at;
		const line = `${table} ${done}/${total}`;
		out.write(out.isTTY ? `\r\x1b[K${line}${finished ? '\n' : ''}` : `${line}\n`);
	};
}

function formatCounts(counts: SeedCounts, seconds: number): string {
	const width = Math.max(...Object.keys(counts).map((k) => k.length));
	const rows = Object.entries(counts).map(
		([name, n]) => `  ${name.padEnd(width)}  ${n.toLocaleString('en-US').padStart(10)}`,
	);
	return [`演示数据已写入（用时 ${seconds.toFixed(1)} 秒）：`, ...rows].join('\n');
}

main(process.argv.slice(2), process.env).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	},
);
