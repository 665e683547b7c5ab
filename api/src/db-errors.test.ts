import { describe, expect, it } from 'vitest';
import { describeStartupError, isDatabaseUnavailable } from './db-errors.js';

const wrapped = (code: string) =>
	Object.assign(new Error('Failed query: select 1\nparams: 110101199001011234'), {
		cause: Object.assign(new Error('x'), { code }),
	});

describe('database-unavailable errors', () => {
	it('recognises refused connections and a shutting-down server behind drizzle’s wrapper', () => {
		expect(isDatabaseUnavailable(wrapped('ECONNREFUSED'))).toBe(true);
		expect(isDatabaseUnavailable(wrapped('57P01'))).toBe(true);
		expect(isDatabaseUnavailable(wrapped('CONNECTION_CLOSED'))).toBe(true);
		const both = Object.assign(new AggregateError([wrapped('ECONNREFUSED')], 'refused'), {
			code: undefined,
		});
		expect(isDatabaseUnavailable(both)).toBe(true);
	});

	it('leaves data errors alone: a unique violation or a bad value is not an outage', () => {
		expect(isDatabaseUnavailable(wrapped('23505'))).toBe(false);
		expect(isDatabaseUnavailable(wrapped('22P02'))).toBe(false);
		expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
	});

	it('names the server without its password, and never the failed query’s parameters', () => {
		const text = describeStartupError(
			wrapped('ECONNREFUSED'),
			'postgres://ronghe:s3cret@db.example:6543/ronghe',
		);
		expect(text).toContain('db.example:6543');
		expect(text).toContain('DATABASE_URL');
		expect(text).not.toContain('s3cret');
		expect(describeStartupError(wrapped('23505'), undefined)).not.toContain('110101');
	});
});
