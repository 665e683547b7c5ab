import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The 256-bit data key: from RONGHE_DATA_KEY (base64 or hex) when given, otherwise generated
 * once into `<dataDir>/data.key` (development only; production must set the variable).
 */
export function loadDataKey(opts: { dataKey?: string | undefined; dataDir: string }): Buffer {
	if (opts.dataKey) {
		const key = /^[0-9a-f]{64}$/i.test(opts.dataKey)
			? Buffer.from(opts.dataKey, 'hex')
			: Buffer.from(opts.dataKey, 'base64');
		if (key.length !== 32)
			throw new Error('RONGHE_DATA_KEY 必须是 32 字节的 base64 或 64 位十六进制字符串。');
		return key;
	}
	const file = join(opts.dataDir, 'data.key');
	if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
	mkdirSync(opts.dataDir, { recursive: true });
	const key = randomBytes(32);
	writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
	return key;
}
