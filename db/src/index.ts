export { createDb, migrationsFolder, type Db, type DbConfig, type DbHandle } from './client.js';
export {
	createFieldCipher,
	maskCertificate,
	maskIdentifier,
	maskPhone,
	type FieldCipher,
} from './crypto.js';
export { ensureReferenceData, TOWNSHIPS, DEFAULT_SETTINGS } from './reference/index.js';
export { loadDataKey } from './data-key.js';
export * as schema from './schema/index.js';
