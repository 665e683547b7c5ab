// `pnpm restore FILE`: the database from a backup (db/src/cli/restore.ts, built), then the search index
// rebuilt from it, since the index is derived data and is not in the backup.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildApiIfStale, builtCommand } from './lib.mjs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
	console.error('用法：pnpm restore 备份文件');
	process.exit(1);
}
const where = process.env.INIT_CWD ?? process.cwd();
const env = {
	...process.env,
	RONGHE_DATA_DIR: resolve(where, process.env.RONGHE_DATA_DIR ?? 'data'),
};
buildApiIfStale();
const run = (name, args) => {
	const res = spawnSync(process.execPath, [builtCommand(name), ...args], { stdio: 'inherit', env });
	if (res.status !== 0) process.exit(res.status ?? 1);
};
run('restore', [resolve(where, file), ...rest]);
console.log('正在重建搜索索引……');
run('search-reindex', []);
