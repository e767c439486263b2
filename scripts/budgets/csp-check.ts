/**
 * The Content-Security-Policy of every built page (added by src/integrations/csp.ts): present before
 * any script or stylesheet, no `unsafe-eval`, scripts only from the site itself or allowed by hash,
 * and a hash for every inline script the page has. The crawl then checks that nothing is blocked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScripts, scriptHash } from '../../src/integrations/csp.ts';
import type { Section } from './report.ts';

/** Directives as a map from name to source list, from the page's CSP meta tag. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Script sources the budget allows: the site itself, WebAssembly compilation (search), hashes. */
const allowedScriptSource = (source: string) =>
  source === "'self'" || source === "'wasm-unsafe-eval'" || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source);

/** What is wrong with one built page's policy; empty when nothing is. */
export function cspProblems(html: string): string[] {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  if (!meta) return ['no Content-Security-Policy meta tag'];
  const problems: string[] = [];
  const firstResource = html.search(/<script\b|<link\b[^>]*rel="?stylesheet/i);
  if (firstResource !== -1 && firstResource < meta.index)
    problems.push('the policy comes after a script or stylesheet');
  const policy = meta[1] ?? '';
  const directives = parseCsp(policy);
  if (/'unsafe-eval'/.test(policy)) problems.push("the policy allows 'unsafe-eval'");
  const scriptSources = directives.get('script-src');
  if (!scriptSources) problems.push('no script-src directive');
  for (const source of scriptSources ?? []) {
    if (!allowedScriptSource(source)) problems.push(`script-src allows ${source}`);
  }
  if (directives.get('default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  const missing = inlineScripts(html)
    .map(scriptHash)
    .filter((hash) => !scriptSources?.includes(hash));
  if (missing.length > 0) problems.push(`${missing.length} inline scripts without their hash in script-src`);
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html))
    problems.push('an inline event handler attribute (blocked by the policy)');
  if (/\b(?:href|src)\s*=\s*["']?\s*javascript:/i.test(html))
    problems.push('a javascript: URL (blocked by the policy)');
  return problems;
}

/** Checks every HTML file of the build in `dist`. */
export function checkCsp(dist: string): Section {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  const breaches = files.flatMap((file) =>
    cspProblems(readFileSync(join(dist, file), 'utf8')).map((problem) => `${file}: ${problem}`),
  );
  const sample = readFileSync(join(dist, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(sample)?.[1] ?? '(none)';
  return {
    title: 'Content-Security-Policy (built pages)',
    notes: [
      `${files.length} pages checked. Policy of the home page (hashes shortened):`,
      `  ${policy.replace(/'sha256-[^']+'/g, "'sha256-…'")}`,
    ],
    breaches,
  };
}
