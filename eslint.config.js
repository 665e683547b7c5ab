import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/**
 * Who may import whom (docs/architecture.md#boundaries), written as allow-lists: a `!` pattern
 * re-allows what the pattern before it forbids, so a new workspace package is forbidden until
 * the list names it. Package manifests enforce the same at install time.
 */
const onlyPackages = (allowed, message) => ({
	group: ['@ronghe/*', ...allowed.map((p) => `!${p}`)],
	message,
});

/** STYLE.md size budgets; over budget is a warning that review must answer (split, or say why). */
const budget = (max) => ({
	'max-lines': ['warn', { max, skipBlankLines: true, skipComments: true }],
});

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
	{
		ignores: [
			'**/node_modules/',
			'web/build/',
			'api/dist/',
			'web/.svelte-kit/',
			'db/migrations/',
			'data/',
			'tests/bench/results/',
		],
	},
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
	// Type-aware rules, on the TypeScript and Svelte sources of the packages (each has a tsconfig).
	{
		files: ['{api,contracts,db,search,tests,web}/**/*.{ts,svelte}'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte'],
			},
		},
		rules: {
			// a promise nobody awaits loses its error (an unhandled rejection) and its ordering
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
			'@typescript-eslint/await-thenable': 'error',
			// a new role, status or post type must be handled wherever a switch lists them
			'@typescript-eslint/switch-exhaustiveness-check': [
				'error',
				{ considerDefaultExhaustiveForUnions: true },
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
	// Boundaries between packages.
	{
		files: ['contracts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [onlyPackages([], 'contracts 只依赖 zod：API、网页和演示数据都引用它。')],
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
						onlyPackages(
							['@ronghe/contracts'],
							'db 只引用 @ronghe/contracts（演示数据用它的代码表）。',
						),
					],
				},
			],
		},
	},
	{
		files: ['search/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						onlyPackages(
							['@ronghe/db', '@ronghe/db/*', '@ronghe/contracts'],
							'search 只引用 @ronghe/db 和 @ronghe/contracts，不引用 api。',
						),
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
						onlyPackages(
							['@ronghe/contracts'],
							'web 只引用 @ronghe/contracts，其余都通过 HTTP 调用 api。',
						),
					],
				},
			],
		},
	},
	// Layers inside the API.
	{
		files: ['api/src/**/*.service.ts', 'api/src/**/*.repository.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['fastify', 'fastify/*', '@fastify/*', 'fastify-*'],
							message: '服务和仓储层不能依赖 Fastify。',
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
		files: ['api/src/**/*.routes.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/*.repository.js', '@ronghe/db', '@ronghe/db/*', '@ronghe/search'],
							message: '路由只调用服务（app.services），不直接访问数据库或搜索。',
						},
					],
				},
			],
		},
	},
	// Size budgets (STYLE.md, "Comments and module size").
	{ files: ['api/src/**/*.routes.ts'], rules: budget(150) },
	{ files: ['api/src/**/*.service.ts'], rules: budget(300) },
	{ files: ['api/src/**/*.repository.ts'], rules: budget(200) },
	{ files: ['db/src/schema/**/*.ts'], rules: budget(150) },
	{ files: ['web/src/**/+page.server.ts'], rules: budget(100) },
	{ files: ['web/src/**/*.svelte'], rules: budget(200) },
	{ files: ['**/*.test.ts', '**/*.e2e.ts'], rules: budget(400) },
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
				{
					selector: "BinaryExpression[operator='==='][right.value=401]",
					message:
						'登录过期（401）由 $lib/server/guard 的 redirectIfSignedOut() 或 loadFailed() 统一处理。',
				},
			],
		},
	},
	{
		// the session plumbing itself: it clears the cookie on a 401 and answers for the guards
		files: ['web/src/lib/server/guard.ts', 'web/src/lib/server/session.ts'],
		rules: { 'no-restricted-syntax': ['error', ...webGuards] },
	},
	{
		files: ['contracts/src/**/*.ts'],
		ignores: ['**/*.test.ts', 'contracts/src/roles.ts', 'contracts/src/auth.ts'],
		rules: { 'no-restricted-syntax': ['error', ...roleGroups] },
	},
);
