import { describe, expect, it } from 'vitest';
import { addCspMeta } from '../../src/integrations/csp.ts';
import { cspProblems, parseCsp } from './csp-check.ts';

const page =
  '<html><head><meta charset="utf-8"><script>a()</script><script type="module" src="/x.js"></script></head></html>';

describe('parseCsp', () => {
  it('maps directive names to their sources', () => {
    const directives = parseCsp("default-src 'self'; script-src 'self' 'sha256-x';");
    expect(directives.get('script-src')).toEqual(["'self'", "'sha256-x'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });
});

describe('cspProblems', () => {
  it('accepts a page as the integration builds it', () => {
    expect(cspProblems(addCspMeta(page))).toEqual([]);
  });

  it('requires a policy', () => {
    expect(cspProblems(page)).toEqual(['no Content-Security-Policy meta tag']);
  });

  it('finds an inline script added after the policy was computed', () => {
    const later = addCspMeta(page).replace('</head>', '<script>b()</script></head>');
    expect(cspProblems(later)).toEqual(['1 inline scripts without their hash in script-src']);
  });

  it('rejects eval, inline script and other hosts in script-src', () => {
    const weak = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; script-src 'self' 'unsafe-eval' 'unsafe-inline' https://cdn.example"></head>`;
    expect(cspProblems(weak)).toEqual([
      "the policy allows 'unsafe-eval'",
      "script-src allows 'unsafe-eval'",
      "script-src allows 'unsafe-inline'",
      'script-src allows https://cdn.example',
    ]);
  });

  it('rejects a policy placed after a script, and inline event handlers', () => {
    const late = addCspMeta('<head></head>').replace('<head>', '<head><script src="/a.js"></script>');
    expect(cspProblems(late)).toContain('the policy comes after a script or stylesheet');
    expect(cspProblems(addCspMeta('<head></head><button onclick="x()">x</button>'))).toEqual([
      'an inline event handler attribute (blocked by the policy)',
    ]);
  });
});
