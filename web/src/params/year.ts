import type { ParamMatcher } from '@sveltejs/kit';

/** A four-digit year in a path, such as /quota/disclosure/2025. */
export const match = ((param: string) => /^20\d\d$/.test(param)) satisfies ParamMatcher;
