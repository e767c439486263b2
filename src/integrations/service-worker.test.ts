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
    const name = (source: string) => /const BUILD = '([^']+)'/.exec(source)?.[1];
    expect(name(one)).toBe(name(same));
    expect(name(one)).not.toBe(name(changed));
    expect(one).toContain('skipWaiting');
  });

  it('records every file with its hash, so an install can refuse a file of another build', () => {
    const source = serviceWorkerSource(precacheEntries(site(files), '/'), '/');
    const list = JSON.parse(/const FILES = (\[.*\]);/.exec(source)?.[1] ?? '[]') as [string, string][];
    expect(list.map(([url]) => url)).toEqual(['/_astro/x.js', '/index.html', '/pagefind/p.pf_index']);
    for (const [, hash] of list) expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(source).toContain('is not the file of build');
    // A new worker waits for the learner unless nothing was active before it.
    expect(source).toContain('self.registration.active ? undefined : self.skipWaiting()');
  });
});
