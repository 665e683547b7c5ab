/**
 * The constraint a PostgreSQL error names, whichever driver raised it: postgres.js calls it
 * `constraint_name`, PGlite `constraint`, and drizzle wraps either in `cause`.
 */
export function violatedConstraint(err: unknown): string | null {
	for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 3; depth++) {
		const code = e.code;
		if (code === '23505' || code === '23P01') {
			const name = e.constraint_name ?? e.constraint;
			return typeof name === 'string' ? name : null;
		}
		e = e.cause as Record<string, unknown> | undefined;
	}
	return null;
}
