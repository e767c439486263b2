/**
 * How much JavaScript a built page ships, gzipped: its inline scripts, the module scripts it loads
 * and everything they import statically ("initial"), plus what they import dynamically, such as a
 * widget's code that loads when it scrolls into view ("lazy"). Code that loads only when the
 * learner opens search (Starlight's Pagefind UI) is counted apart, as "on demand".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  initialGzipBytes: number;
  lazyGzipBytes: number;
  onDemandGzipBytes: number;
  files: { initial: string[]; lazy: string[]; onDemand: string[] };
}

/** Gzipped size in bytes (level 9), the measure every JavaScript budget uses. */
export const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const staticImports = [
    ...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g),
  ].map((m) => m[1] ?? '');
  const dynamicImports = [...code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g)].map(
    (m) => m[1] ?? '',
  );
  // Vite's preload helper lists dynamic chunks as an array of paths relative to the base.
  const preloadDeps = [...code.matchAll(/["'](_astro\/[^"']+\.js)["']/g)].map((m) => `/${m[1] ?? ''}`);
  return { static: staticImports, dynamic: [...dynamicImports, ...preloadDeps] };
}

/** Measures one HTML file of a build in `distDir`. */
export function measurePage(distDir: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const inline = [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .map((m) => m[1] ?? '')
    .join('\n');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const resolveFrom = (from: string, spec: string) =>
    spec.startsWith('/') ? resolve(distDir, `.${spec}`) : resolve(dirname(from), spec);
  const toFile = (src: string) => resolve(distDir, `.${src.replace(/^https?:\/\/[^/]+/, '')}`);

  const initial = new Set<string>();
  const lazy = new Set<string>();
  const onDemand = new Set<string>();
  const walk = (file: string, into: Set<string>, later: Set<string>) => {
    if (initial.has(file) || into.has(file) || !existsSync(file)) return;
    into.add(file);
    const { static: s, dynamic } = importsOf(readFileSync(file, 'utf8'));
    for (const spec of s) walk(resolveFrom(file, spec), into, later);
    for (const spec of dynamic) walk(resolveFrom(file, spec), later, later);
  };
  for (const src of entries) {
    const file = toFile(src.replace(/^\.\//, '/'));
    walk(file, initial, /\/Search\.astro_/.test(file) ? onDemand : lazy);
  }
  for (const file of initial) {
    lazy.delete(file);
    onDemand.delete(file);
  }
  for (const file of lazy) onDemand.delete(file);

  const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gz(readFileSync(file)), 0);
  const inlineBytes = inline.trim() ? gz(inline) : 0;
  const rel = (file: string) => file.slice(resolve(distDir).length + 1);
  return {
    page: htmlFile,
    initialGzipBytes: inlineBytes + sum(initial),
    lazyGzipBytes: sum(lazy),
    onDemandGzipBytes: sum(onDemand),
    files: { initial: [...initial].map(rel), lazy: [...lazy].map(rel), onDemand: [...onDemand].map(rel) },
  };
}
