import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// Issue 10: who may do what is named once, as role groups in contracts/src/roles.ts.
const STAFF_ROLE = /^(admin|bureau|federation|township)$/;
const roleGroups = [
	{
		selector: `ArrayExpression:has(> Literal[value=${STAFF_ROLE}] ~ Literal[value=${STAFF_ROLE}])`,
		message: '角色组只在 @ronghe/contracts 的 roles.ts 里定义一次，请用 COUNTY_STAFF、STAFF 等。',
	},
];
const apiAccess = [
	...roleGroups,
	{
		selector: "Property[key.name='access'] > ArrayExpression",
		message: '路由的 access 请用 @ronghe/contracts 里的角色组（如 EMPLOYERS、COUNTY_STAFF）。',
	},
	{
		selector:
			'TSNonNullExpression > MemberExpression.expression[property.name=/^(user|sessionTokenHash)$/]',
		message: '用 signedIn(req) 或 currentSession(req) 读取登录用户，不要用 req.user!。',
	},
];
const webGuards = [
	...roleGroups,
	{
		selector: "CallExpression[callee.name='requireRole'] > ArrayExpression.arguments",
		message: 'requireRole 请用 @ronghe/contracts 里的角色组（如 SEEKERS、COUNTY_STAFF）。',
	},
];

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
	{
		files: ['api/src/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				...apiAccess,
				{
					selector:
						"CallExpression[callee.property.name='insert'] > Identifier.arguments[name='auditLog']",
					message: '审计日志只通过 modules/audit/audit.writer.ts 的 writeAudit() 写入。',
				},
			],
		},
	},
	{
		files: ['api/src/modules/audit/audit.writer.ts'],
		rules: { 'no-restricted-syntax': ['error', ...apiAccess] },
	},
	{
		files: ['web/src/**/*.ts', 'web/src/**/*.svelte'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				...webGuards,
				{
					selector:
						"CallExpression[callee.name='error'] > Literal.arguments:first-child[value=403]",
					message: '页面的 403 由 $lib/server/guard 的 requireRole() 统一回答。',
				},
			],
		},
	},
	{
		files: ['web/src/lib/server/guard.ts'],
		rules: { 'no-restricted-syntax': ['error', ...webGuards] },
	},
	{
		files: ['contracts/src/**/*.ts'],
		ignores: ['**/*.test.ts', 'contracts/src/roles.ts', 'contracts/src/auth.ts'],
		rules: { 'no-restricted-syntax': ['error', ...roleGroups] },
	},
);
