/**
 * A path computed at run time (role nav entries, pagination links, profile steps). `resolve()` only
 * adds the base path; TypeScript cannot check a union of this many routes, so such paths are typed
 * as the root route when they are passed to it.
 */
export type DynamicPath = '/';
