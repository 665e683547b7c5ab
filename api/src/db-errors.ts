/**
 * Errors that mean "the database cannot be reached right now", as opposed to a bug or bad data.
 * The API answers these with 503 and a Retry-After instead of 500, and the start command names
 * them in plain words. Drizzle wraps the driver's error in `cause`, so the chain is walked.
 */

// Node socket errors, postgres.js's own connection codes, and PostgreSQL SQLSTATEs of class 08
// (connection exception) and 57P (operator intervention: the server is shutting down or
// starting up).
const NETWORK = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
]);
const SQLSTATE = /^(08...|57P0[1-4])$/;

function codesOf(err: unknown): string[] {
	const codes: string[] = [];
	for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
		const { code, errors, cause } = e as { code?: unknown; errors?: unknown; cause?: unknown };
		if (typeof code === 'string') codes.push(code);
		// an AggregateError from net.connect (IPv4 and IPv6 both refused) carries its own list
		if (Array.isArray(errors)) codes.push(...errors.flatMap(codesOf));
		e = cause;
	}
	return codes;
}

export function isDatabaseUnavailable(err: unknown): boolean {
	return codesOf(err).some((c) => NETWORK.has(c) || SQLSTATE.test(c));
}

/** A start-up failure in words an operator can act on; never the URL's password. */
export function describeStartupError(err: unknown, databaseUrl: string | undefined): string {
	if (isDatabaseUnavailable(err)) {
		let where = '内置数据库';
		if (databaseUrl) {
			try {
				const u = new URL(databaseUrl);
				where = ` PostgreSQL 服务器 ${u.hostname}:${u.port || '5432'}`;
			} catch {
				where = ' PostgreSQL 服务器';
			}
		}
		return `无法连接${where}（${codesOf(err)[0] ?? '连接失败'}）。请确认数据库正在运行，并检查 DATABASE_URL 是否正确。`;
	}
	return err instanceof Error ? err.message.split('\nparams:')[0]! : String(err);
}
