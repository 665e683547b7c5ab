// `pnpm data-key:rotate`: re-encrypts every identifier and recomputes every keyed hash under a new
// data key, in one transaction. The current key comes from RONGHE_DATA_KEY (or data.key); the new
// one from RONGHE_NEW_DATA_KEY. Without RONGHE_DATA_KEY (development, data.key) and without a new
// key, a new one is generated into data.key. A config entry point, so it reads process.env.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { createDb } from '../client.js';
import { dataKeyId } from '../crypto.js';
import { dataKeyFile, existingDataKey, parseDataKey } from '../data-key.js';
import { rotateDataKey } from '../key-rotation.js';
import { assertNoServer, dataDirFrom, runCli } from './common.js';

async function main(env: NodeJS.ProcessEnv): Promise<number> {
	const dataDir = dataDirFrom(env);
	if (!env.DATABASE_URL) assertNoServer(dataDir);
	const oldKey = existingDataKey({ dataKey: env.RONGHE_DATA_KEY, dataDir });
	if (env.RONGHE_DATA_KEY && !env.RONGHE_NEW_DATA_KEY) {
		console.error('请用 RONGHE_NEW_DATA_KEY 给出新密钥（32 字节，base64 或十六进制）。');
		return 1;
	}
	const newKey = env.RONGHE_NEW_DATA_KEY
		? parseDataKey(env.RONGHE_NEW_DATA_KEY, 'RONGHE_NEW_DATA_KEY')
		: randomBytes(32);
	// the generated key is on disk before the data is sealed with it, and replaces data.key only
	// once the rotation has committed
	const pending = env.RONGHE_DATA_KEY ? undefined : `${dataKeyFile(dataDir)}.new`;
	if (pending) writeFileSync(pending, newKey.toString('base64') + '\n', { mode: 0o600 });

	const handle = createDb({ databaseUrl: env.DATABASE_URL, dataDir });
	try {
		await handle.migrate();
		const counts = await rotateDataKey(handle.db, oldKey, newKey);
		if (pending) renameSync(pending, dataKeyFile(dataDir));
		console.log(
			[
				`数据密钥已更换：编号 ${dataKeyId(oldKey)} → ${dataKeyId(newKey)}。`,
				`  求职者 ${counts.people} 人、残疾职工名册 ${counts.rosterRows} 行已重新加密。`,
				counts.rosterHashesCleared
					? `  其中 ${counts.rosterHashesCleared} 行（残疾军人证，未存身份证号）无法重算查重散列，已清空，需单位重新保存该行。`
					: '',
				pending
					? `  新密钥已写入 ${dataKeyFile(dataDir)}。`
					: '  请把 RONGHE_DATA_KEY 改为新密钥后再启动服务；旧密钥已不能打开这份数据。',
			]
				.filter(Boolean)
				.join('\n'),
		);
		return 0;
	} catch (error) {
		if (pending) rmSync(pending, { force: true });
		throw error;
	} finally {
		await handle.close();
	}
}

runCli(() => main(process.env));
