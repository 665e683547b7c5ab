import type { OpenApiDoc } from './docs.routes.js';

const esc = (s: string) =>
	s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');

const json = (v: unknown) => `<pre tabindex="0">${esc(JSON.stringify(v, null, 2))}</pre>`;

/** Server-rendered API reference: headings per operation, no JavaScript, readable by screen readers. */
export function renderDocsHtml(doc: OpenApiDoc): string {
	const ops: string[] = [];
	const toc: string[] = [];
	for (const [path, methods] of Object.entries(doc.paths ?? {})) {
		for (const [method, op] of Object.entries(methods)) {
			const id = op.operationId ?? `${method}-${path}`.replace(/[^a-zA-Z0-9-]/g, '-');
			const name = `${method.toUpperCase()} ${path}`;
			toc.push(
				`<li><a href="#${esc(id)}">${esc(name)}</a>${op.summary ? ` — ${esc(op.summary)}` : ''}</li>`,
			);
			const parts = [
				`<section aria-labelledby="${esc(id)}"><h3 id="${esc(id)}"><code>${esc(name)}</code></h3>`,
			];
			if (op.summary) parts.push(`<p>${esc(op.summary)}</p>`);
			if (op.description) parts.push(`<p>${esc(op.description)}</p>`);
			if (op.parameters?.length) parts.push(`<h4>参数</h4>${json(op.parameters)}`);
			if (op.requestBody) parts.push(`<h4>请求体</h4>${json(op.requestBody)}`);
			for (const [status, res] of Object.entries(op.responses ?? {})) {
				parts.push(`<h4>响应 ${esc(status)}</h4>${json(res)}`);
			}
			parts.push('</section>');
			ops.push(parts.join('\n'));
		}
	}
	const schemas = Object.entries(doc.components?.schemas ?? {})
		.map(
			([name, s]) =>
				`<section aria-labelledby="schema-${esc(name)}"><h3 id="schema-${esc(name)}">${esc(name)}</h3>${json(s)}</section>`,
		)
		.join('\n');
	return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>接口文档 · 融合就业</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:18px;line-height:1.6;margin:0;color:#1a1a1a;background:#fff}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
a{color:#0b4f9c}a:focus,pre:focus,.skip:focus{outline:3px solid #0b4f9c;outline-offset:2px}
pre{background:#f4f4f4;padding:.75rem;overflow:auto;white-space:pre-wrap;word-break:break-all;font-size:15px}
code{word-break:break-all}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
</style></head>
<body><a class="skip" href="#main">跳到主要内容</a>
<header><p><a href="/">返回融合就业首页</a> · <a href="/api/openapi.json">下载 OpenAPI 文档（JSON）</a></p></header>
<main id="main"><h1>${esc(doc.info.title)}</h1>
<p>版本 ${esc(doc.info.version)}。${esc(doc.info.description ?? '')}</p>
<nav aria-label="接口目录"><h2>接口目录</h2><ul>${toc.join('\n')}</ul></nav>
<h2>接口</h2>${ops.join('\n')}
<h2>数据结构</h2>${schemas || '<p>暂无。</p>'}
</main><footer><p>五台县人力资源和社会保障局 · 五台县残疾人联合会</p></footer></body></html>`;
}
