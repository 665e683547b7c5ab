export {
	DEFAULT_SEED,
	isDatabaseEmpty,
	seedDemo,
	type SeedCounts,
	type SeedOptions,
} from './generate.js';
export {
	idCheckChar,
	isValidCertificateNumber,
	isValidIdNumber,
	isValidUscc,
	makeCertificateNumber,
	makeIdNumber,
	makeUscc,
	orgCodeCheckChar,
	sexOfIdNumber,
	usccCheckChar,
	type IdNumberParts,
	type UsccParts,
} from './ids.js';
export { SCHOOL_NAME_PATTERN } from './data.js';
export { DEFAULT_DEMO_NOW } from './dates.js';
export { createRandom, deriveSeed, type Random } from './random.js';
export {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	findDemoAccounts,
	firstDemoRecords,
	demoSeekerPerson,
	seedDemoAccounts,
	type DemoLinks,
} from './accounts.js';
export { prepareDemoDatabase, type DemoStart } from './start.js';
