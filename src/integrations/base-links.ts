/**
 * Astro integration: when the site is built under a base path (a GitHub Pages project site, say),
 * prefix the base to root-relative links that do not have it yet. Links written in lessons as
 * `/lessons/02-task-definitions/` and Starlight's hero buttons are not rebased by Astro itself.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Rewrites `href="/x"` and `src="/x"` to `href="/base/x"` unless they already start with the base. */
export function rebaseLinks(html: string, base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/') return html;
  return html.replace(/\b(href|src)="(\/(?!\/)[^"]*)"/g, (whole, attribute: string, path: string) =>
    path === prefix || path.startsWith(`${prefix}/`) ? whole : `${attribute}="${prefix}${path}"`,
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

export function baseLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'ecs-dojo:base-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (base.replace(/\/+$/, '') === '') return;
        let changed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const rebased = rebaseLinks(html, base);
          if (rebased !== html) {
            writeFileSync(file, rebased);
            changed += 1;
          }
        }
        logger.info(`prefixed ${base} to root-relative links in ${changed} pages`);
      },
    },
  };
}
