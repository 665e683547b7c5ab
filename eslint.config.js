import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	{ ignores: ['**/node_modules/', 'web/build/', 'web/.svelte-kit/', 'db/migrations/', 'data/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
			// Only config files read the environment; everything else receives config as an argument.
			'no-restricted-properties': [
				'error',
				{ object: 'process', property: 'env', message: '只在 config.ts 里读取环境变量。' },
			],
		},
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } },
	},
	{
		files: [
			'**/config.ts',
			'scripts/**',
			'tests/**',
			'db/src/cli/**',
			'search/src/launcher.ts',
			'api/src/server.ts',
			'**/*.config.ts',
			'**/*.config.js',
		],
		rules: { 'no-restricted-properties': 'off' },
	},
	{
		files: ['**/*.service.ts', '**/*.repository.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['fastify', 'fastify/*', '@fastify/*'],
							message: '服务和仓储层不能依赖 Fastify。',
						},
					],
				},
			],
		},
	},
	{
		files: ['web/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['@ronghe/db', '@ronghe/db/*', '@ronghe/search', '@ronghe/search/*'],
							message: 'web 只通过 HTTP 调用 api。',
						},
						{
							group: ['@ronghe/api/app', '@ronghe/api/config'],
							message: 'web 只能引用 @ronghe/contracts。',
						},
					],
				},
			],
		},
	},
	{
		// A route imports only its own folder, the folders above it (shared by that part of the
		// site) and $lib: climbing up and then down into another folder reaches into another
		// route. This is typescript-eslint's copy of no-restricted-imports, so that it adds to
		// the web/** rule above instead of replacing it.
		files: ['web/src/routes/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\.\\./)+[^./][^/]*/|(^|/)routes/',
							message: '路由之间不能互相引用文件；共用的代码放到 $lib。',
						},
					],
				},
			],
		},
	},
	{
		files: ['db/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['@ronghe/search', '@ronghe/api', '@ronghe/api/*', '@ronghe/search/*'],
							message: 'db 不依赖其他包。',
						},
					],
				},
			],
		},
	},
);
