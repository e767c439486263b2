import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheEntries, serviceWorkerSource } from './service-worker.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('service worker manifest', () => {
  const files = {
    'index.html': 'a',
    '_astro/x.js': 'b',
    '_astro/x.js.map': 'c',
    'sw.js': 'old',
    'pagefind/p.pf_index': 'd',
  };

  it('lists the site’s files under the base path, without maps or itself', () => {
    const entries = precacheEntries(site(files), '/dojo');
    expect(entries.map((entry) => entry.url)).toEqual([
      '/dojo/_astro/x.js',
      '/dojo/index.html',
      '/dojo/pagefind/p.pf_index',
    ]);
    expect(precacheEntries(site(files), '/')[0]?.url).toBe('/_astro/x.js');
  });

  it('names the cache after the contents, so any change gives a new worker', () => {
    const one = serviceWorkerSource(precacheEntries(site(files), '/'), '/');
    const same = serviceWorkerSource(precacheEntries(site(files), '/'), '/');
    const changed = serviceWorkerSource(precacheEntries(site({ ...files, 'index.html': 'z' }), '/'), '/');
    const name = (source: string) => /const CACHE = '([^']+)'/.exec(source)?.[1];
    expect(name(one)).toBe(name(same));
    expect(name(one)).not.toBe(name(changed));
    expect(one).toContain('skipWaiting');
  });
});
