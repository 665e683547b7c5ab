// `pnpm db:migrate`: applies every committed migration to DATABASE_URL or the PGlite in
// RONGHE_DATA_DIR (default ./data, from where pnpm was run), then adds missing reference data.
// A config entry point, so it reads process.env. The server also migrates at every start.
import { resolve } from 'node:path';
import { createDb } from '../client.js';
import { ensureReferenceData } from '../reference/index.js';

const env = process.env;
const dataDir = resolve(env.INIT_CWD ?? process.cwd(), env.RONGHE_DATA_DIR ?? 'data');
const handle = createDb({ databaseUrl: env.DATABASE_URL, dataDir });
try {
	await handle.migrate();
	await ensureReferenceData(handle.db);
	console.log(`迁移完成：${handle.driver === 'pglite' ? dataDir : 'PostgreSQL'}`);
} finally {
	await handle.close();
}
