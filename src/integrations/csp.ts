/**
 * Astro integration: a Content-Security-Policy for every built page, as a `<meta http-equiv>` tag
 * (a static site cannot send headers of its own). Scripts may come only from the site itself, plus
 * the page's own inline scripts (Starlight's theme and sidebar scripts, ours), allowed one by one
 * by their SHA-256 hash, computed per page after every other post-processing step.
 *
 * MDN: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Script types the browser runs; other types (JSON data blocks) are not scripts and need no hash. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The text of every inline script the browser would run, in document order. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (EXECUTABLE_TYPES.has(type)) scripts.push(body);
  }
  return scripts;
}

/** The CSP source expression for one inline script: `'sha256-…'` of its text as the browser sees it. */
export function scriptHash(body: string): string {
  // The HTML parser turns CR LF and lone CR into LF before the script's text is hashed.
  const text = body.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page whose inline scripts have these hashes.
 * - `'wasm-unsafe-eval'` lets Pagefind (search) compile its WebAssembly; it allows no JavaScript
 *   `eval`, unlike `'unsafe-eval'`, which the site never needs.
 * - `style-src 'unsafe-inline'`: Starlight writes `style` attributes and Monaco injects `<style>`
 *   elements at run time; styles cannot run code.
 * - `worker-src blob:`: Monaco's fallback when a worker script cannot be loaded by URL.
 */
export function cspPolicy(hashes: readonly string[]): string {
  const unique = [...new Set(hashes)];
  return [
    "default-src 'self'",
    ["script-src 'self'", "'wasm-unsafe-eval'", ...unique].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Adds the page's CSP meta tag at the top of `<head>`: right after `<meta charset>` when that comes
 * first (the charset must stay within the first 1024 bytes), otherwise as the first element. Either
 * way it precedes every script and stylesheet. A page that already has a policy is left as it is.
 */
export function addCspMeta(html: string): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspPolicy(inlineScripts(html).map(scriptHash))}">`;
  const head = /<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** Register after every integration that changes built HTML (Starlight's Pagefind, base links). */
export function csp(): AstroIntegration {
  return {
    name: 'ecs-dojo:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const withPolicy = addCspMeta(html);
          if (withPolicy !== html) {
            writeFileSync(file, withPolicy);
            pages += 1;
          }
        }
        logger.info(`added a Content-Security-Policy to ${pages} pages`);
      },
    },
  };
}
