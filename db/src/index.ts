export { rowsOf } from './rows.js';
export { createDb, migrationsFolder, type Db, type DbConfig, type DbHandle } from './client.js';
export {
	createFieldCipher,
	dataKeyCheck,
	dataKeyId,
	maskCertificate,
	maskIdentifier,
	maskPhone,
	type FieldCipher,
} from './crypto.js';
export { ensureReferenceData, TOWNSHIPS, DEFAULT_SETTINGS } from './reference/index.js';
export { loadDataKey } from './data-key.js';
export { PID_FILE, serverHoldingDataDir } from './data-dir.js';
export * as schema from './schema/index.js';
export {
	DataKeyMismatchError,
	markDemoDatabase,
	readDemoMarker,
	readKeyCheck,
	verifyDataKey,
	type DemoMarker,
	type StoredKeyCheck,
} from './instance.js';
