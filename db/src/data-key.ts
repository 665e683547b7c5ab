import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The 256-bit data key: from RONGHE_DATA_KEY (base64 or hex) when given, otherwise generated
 * once into `<dataDir>/data.key` (development only; production must set the variable).
 */
export function loadDataKey(opts: { dataKey?: string | undefined; dataDir: string }): Buffer {
	if (opts.dataKey) return parseDataKey(opts.dataKey, 'RONGHE_DATA_KEY');
	const file = dataKeyFile(opts.dataDir);
	if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
	mkdirSync(opts.dataDir, { recursive: true });
	const key = randomBytes(32);
	writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
	return key;
}

/** A 32-byte key written as base64 or 64 hex digits; `name` says where it came from in errors. */
export function parseDataKey(text: string, name: string): Buffer {
	const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
	if (key.length !== 32)
		throw new Error(`${name} 必须是 32 字节的 base64 或 64 位十六进制字符串。`);
	return key;
}

/** Where development keeps its generated key when RONGHE_DATA_KEY is not set. */
export const dataKeyFile = (dataDir: string) => join(dataDir, 'data.key');

/**
 * The key an existing database was sealed with, never a new one: for commands that read data
 * (backup, restore, rotation), where generating a key would only hide a missing one.
 */
export function existingDataKey(opts: { dataKey?: string | undefined; dataDir: string }): Buffer {
	if (opts.dataKey) return parseDataKey(opts.dataKey, 'RONGHE_DATA_KEY');
	const file = dataKeyFile(opts.dataDir);
	if (!existsSync(file)) {
		throw new Error(`没有数据密钥：请设置 RONGHE_DATA_KEY，或把数据目录的 data.key 放到 ${file}。`);
	}
	return parseDataKey(readFileSync(file, 'utf8').trim(), file);
}
