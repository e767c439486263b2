import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addCspMeta, cspPolicy, inlineScripts, scriptHash } from './csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScripts', () => {
  it('returns classic and module inline scripts, not external scripts or data blocks', () => {
    const html = [
      '<script>a()</script>',
      '<script type="module">b()</script>',
      '<script aria-hidden="true">c()</script>',
      '<script type="module" src="/_astro/x.js"></script>',
      '<script type="application/ld+json">{"d":1}</script>',
      '<script type="application/json">{}</script>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });
});

describe('scriptHash', () => {
  it('hashes the script text as the browser does (CR LF read as LF)', () => {
    expect(scriptHash('a()\n')).toBe(sha('a()\n'));
    expect(scriptHash('a()\r\nb()\r')).toBe(sha('a()\nb()\n'));
  });
});

describe('cspPolicy', () => {
  const policy = cspPolicy(["'sha256-x'", "'sha256-x'", "'sha256-y'"]);

  it('allows scripts from the site and the listed hashes only, once each', () => {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-x' 'sha256-y';");
  });

  it('never allows eval or plugins', () => {
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("default-src 'self'");
  });
});

describe('addCspMeta', () => {
  it('puts the policy right after the charset, before every script', () => {
    const html = '<html><head><meta charset="utf-8"/><title>t</title><script>a()</script></head></html>';
    const out = addCspMeta(html);
    expect(out).toMatch(
      /^<html><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
    );
    expect(out).toContain(sha('a()'));
  });

  it('makes the policy the first element when there is no leading charset', () => {
    const out = addCspMeta('<html><head><title>t</title></head></html>');
    expect(out).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy"/);
  });

  it('leaves a page that already has a policy, or has no head, unchanged', () => {
    const once = addCspMeta('<html><head></head></html>');
    expect(addCspMeta(once)).toBe(once);
    expect(addCspMeta('<p>fragment</p>')).toBe('<p>fragment</p>');
  });
});
