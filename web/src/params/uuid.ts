import type { ParamMatcher } from '@sveltejs/kit';

// Loose on purpose: the API checks the exact UUID rules; this only keeps junk URLs at 404.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const match = ((param: string) => UUID.test(param)) satisfies ParamMatcher;
