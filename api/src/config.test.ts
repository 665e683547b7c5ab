import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
	it('uses the embedded defaults when nothing is set', () => {
		const c = loadConfig({});
		expect(c).toMatchObject({
			port: 3000,
			mode: 'development',
			databaseUrl: undefined,
			meiliUrl: undefined,
			seedDemo: true,
		});
		expect(c.dataDir).toMatch(/\/data$/);
		expect(Object.isFrozen(c)).toBe(true);
	});

	it('lists every bad variable in one Chinese message', () => {
		expect(() =>
			loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', MEILI_URL: 'not a url' }),
		).toThrow(/配置有误[\s\S]*PORT[\s\S]*DATABASE_URL 必须以 postgres:\/\/ 开头[\s\S]*MEILI_URL/);
	});

	it('refuses production without a data key', () => {
		expect(() => loadConfig({ RONGHE_MODE: 'production' })).toThrow(/RONGHE_DATA_KEY/);
		expect(loadConfig({ RONGHE_MODE: 'production', RONGHE_DATA_KEY: 'k' }).mode).toBe('production');
	});

	it('reads extra allowed origins as a comma-separated list of web addresses', () => {
		expect(loadConfig({}).allowedOrigins).toEqual([]);
		expect(
			loadConfig({ RONGHE_ALLOWED_ORIGINS: 'https://jobs.example.cn, https://m.example.cn' })
				.allowedOrigins,
		).toEqual(['https://jobs.example.cn', 'https://m.example.cn']);
		expect(() => loadConfig({ RONGHE_ALLOWED_ORIGINS: 'evil' })).toThrow(/RONGHE_ALLOWED_ORIGINS/);
	});

	it('listens on loopback only in development unless HOST says otherwise', () => {
		expect(loadConfig({}).host).toBe('127.0.0.1');
		expect(loadConfig({ RONGHE_MODE: 'development' }).host).toBe('127.0.0.1');
		expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
		expect(loadConfig({ RONGHE_MODE: 'production', RONGHE_DATA_KEY: 'k' }).host).toBe('0.0.0.0');
		expect(
			loadConfig({ RONGHE_MODE: 'production', RONGHE_DATA_KEY: 'k', HOST: '10.0.0.5' }).host,
		).toBe('10.0.0.5');
	});

	it('logs every request in production or when asked, only warnings in development', () => {
		expect(loadConfig({}).logLevel).toBe('warn');
		expect(loadConfig({ RONGHE_VERBOSE: '1' }).logLevel).toBe('info');
		expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
		expect(loadConfig({ RONGHE_MODE: 'production', RONGHE_DATA_KEY: 'k' }).logLevel).toBe('info');
	});
});
