/** @type {import('prettier').Config} */
export default {
	useTabs: true,
	singleQuote: true,
	printWidth: 100,
	trailingComma: 'all',
	plugins: ['prettier-plugin-svelte', '@ianvs/prettier-plugin-sort-imports'],
	// node, third-party, our packages, SvelteKit aliases, then relative; type imports stay with
	// their module (inline `type`), and imports from one module are merged into one statement
	importOrder: ['<BUILTIN_MODULES>', '<THIRD_PARTY_MODULES>', '^@ronghe/', '^\\$', '^[.]'],
	importOrderTypeScriptVersion: '5.9.3',
	overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
