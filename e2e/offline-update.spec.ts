/**
 * Offline updates are atomic for the learner: two small builds made with the real service-worker
 * generator and the real registration code, served side by side from a server whose files we swap
 * (a finished deployment, and a half-finished one where the new sw.js meets an old page).
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, test } from './fixtures.ts';
import { precacheEntries, serviceWorkerSource } from '../src/integrations/service-worker.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Site = Map<string, Buffer>;

/** One build: a page whose script registers the worker and lazily imports a chunk of its own. */
async function makeBuild(name: 'A' | 'B'): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), `sw-build-${name}-`));
  mkdirSync(join(dir, '_astro'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { registerServiceWorker } from ${JSON.stringify(join(root, 'src/offline/register-sw.ts'))};
registerServiceWorker('/', { update: 'A new version is ready.', reload: 'Reload', dismiss: 'Dismiss' });
document.getElementById('lazy')?.addEventListener('click', async () => {
  const out = document.getElementById('out');
  try {
    const chunk = await import('/_astro/chunk-${name}.js');
    if (out) out.textContent = chunk.name;
  } catch {
    if (out) out.textContent = 'failed';
  }
});
`,
  );
  await build({
    entryPoints: [entry],
    outfile: join(dir, `_astro/app-${name}.js`),
    bundle: true,
    format: 'esm',
    external: ['/_astro/*'],
    logLevel: 'silent',
  });
  writeFileSync(join(dir, `_astro/chunk-${name}.js`), `export const name = 'chunk ${name}';\n`);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Build ${name}</title></head><body><h1>Build ${name}</h1><button id="lazy">Load</button><p id="out"></p><script type="module" src="/_astro/app-${name}.js"></script></body></html>`,
  );
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title><h1>Not found</h1>');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('.ts'));
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(precacheEntries(dir, '/'), '/'));
  const site: Site = new Map();
  for (const f of [...files, 'sw.js']) {
    try {
      site.set('/' + f.split('\\').join('/'), readFileSync(join(dir, f)));
    } catch {
      // folders
    }
  }
  return site;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript' };

let server: Server;
let origin = '';
let live: Site = new Map();

test.beforeAll(async () => {
  server = createServer((req, res) => {
    let path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.endsWith('/')) path += 'index.html';
    const body = live.get(path);
    const type = TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
    res.writeHead(body ? 200 : 404, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(body ?? live.get('/404.html') ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test.use({ serviceWorkers: 'allow' });

test('a half-finished deploy never goes live; a finished one waits for the learner; old tabs keep their chunks', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const a = await makeBuild('A');
  const b = await makeBuild('B');
  live = a;

  const oldTab = await context.newPage();
  await oldTab.goto(origin + '/');
  await oldTab.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
  const cachesOf = (page: typeof oldTab) =>
    page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ecs-dojo-')));
  expect(await cachesOf(oldTab)).toHaveLength(1);
  const buildA = (await cachesOf(oldTab))[0];

  const update = (page: typeof oldTab) =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update().catch(() => undefined);
      for (let i = 0; i < 100 && registration?.installing; i++) await new Promise((r) => setTimeout(r, 100));
      return { waiting: Boolean(registration?.waiting) };
    });

  // Half deployed: B's worker, but A's page still served. The install refuses it.
  live = new Map([...b, ['/index.html', a.get('/index.html') ?? Buffer.alloc(0)]]);
  expect(await update(oldTab)).toEqual({ waiting: false });
  expect(await cachesOf(oldTab)).toEqual([buildA]);
  await oldTab.reload();
  await expect(oldTab.locator('h1')).toHaveText('Build A');

  // Finished: B complete, A's files gone from the server. B installs and waits; the page says so.
  live = b;
  expect(await update(oldTab)).toEqual({ waiting: true });
  await expect(oldTab.locator('.dojo-notice')).toContainText('A new version is ready.');

  // The learner reloads in another tab: that tab gets B, as a whole.
  const newTab = await context.newPage();
  await newTab.goto(origin + '/');
  await expect(newTab.locator('h1')).toHaveText('Build A');
  await newTab.locator('.dojo-notice').getByRole('button', { name: 'Reload' }).click();
  await expect(newTab.locator('h1')).toHaveText('Build B', { timeout: 15_000 });

  // The old tab was not reloaded under the learner; its lazily loaded chunk still loads.
  await expect(oldTab.locator('h1')).toHaveText('Build A');
  await oldTab.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(oldTab.locator('#out')).toHaveText('chunk A');
  await expect(oldTab.locator('.dojo-notice[data-update]')).toBeVisible();

  // Once no tab of build A is open, its cache goes.
  await oldTab.close();
  await newTab.goto(origin + '/');
  await expect
    .poll(async () => (await cachesOf(newTab)).includes(buildA ?? ''), { timeout: 10_000 })
    .toBe(false);
  expect(await cachesOf(newTab)).toHaveLength(1);
});
