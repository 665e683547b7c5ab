// `pnpm backup`, `pnpm seed`, `pnpm search:check` …: runs an operator command from the built
// JavaScript (scripts/build-api.mjs), building it first when the sources are newer.
import { spawnSync } from 'node:child_process';
import { buildApiIfStale, builtCommand } from './lib.mjs';

const [name, ...args] = process.argv.slice(2);
buildApiIfStale();
const res = spawnSync(process.execPath, ['--enable-source-maps', builtCommand(name), ...args], {
	stdio: 'inherit',
});
process.exit(res.status ?? 1);
