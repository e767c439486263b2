import { describe, expect, it } from 'vitest';
import { langFromEnv, parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('never reads an option value as a flag: --kind -v is a usage error, not --version', () => {
    expect(parseArgs(['lint', '--kind', '-v'])).toEqual({
      command: 'error',
      message: '--kind needs a value',
    });
    expect(parseArgs(['lint', '--format'])).toMatchObject({ command: 'error' });
  });

  it('takes - for stdin once, and -- before file names that start with a dash', () => {
    expect(parseArgs(['lint', '-', '--stdin-filename', 'ecs/web.json'])).toMatchObject({
      inputs: ['-'],
      stdinFilename: 'ecs/web.json',
    });
    expect(parseArgs(['lint', '-', '-'])).toMatchObject({ command: 'error' });
    expect(parseArgs(['lint', '--', '-odd.json'])).toMatchObject({ inputs: ['-odd.json'] });
  });

  it('parses --quiet, --errors-only and --max-warnings', () => {
    expect(parseArgs(['lint', '--quiet', 'a.json'])).toMatchObject({ quiet: true });
    expect(parseArgs(['lint', '--errors-only', 'a.json'])).toMatchObject({ quiet: true });
    expect(parseArgs(['lint', '--max-warnings', '0', 'a.json'])).toMatchObject({ maxWarnings: 0 });
    expect(parseArgs(['lint', '--max-warnings=-1', 'a.json'])).toMatchObject({ command: 'error' });
    expect(parseArgs(['lint', '--max-warnings', '1.5', 'a.json'])).toMatchObject({ command: 'error' });
  });

  it('accepts every output format and refuses others', () => {
    for (const f of ['text', 'json', 'sarif', 'github', 'junit'])
      expect(parseArgs(['lint', '--format', f, 'a.json'])).toMatchObject({ format: f });
    expect(parseArgs(['lint', '--format', 'xml', 'a.json'])).toMatchObject({ command: 'error' });
  });

  it('parses configuration, ignore and colour switches', () => {
    expect(parseArgs(['lint', '--no-config', '--no-ignore', '--no-color', 'a.json'])).toMatchObject({
      config: false,
      ignorePath: false,
      color: false,
    });
    expect(parseArgs(['lint', '--config', 'c.json', '--ignore-path=.ig', '--color', 'a'])).toMatchObject({
      config: 'c.json',
      ignorePath: '.ig',
      color: true,
    });
  });

  it('refuses unknown options and flags with values they do not take', () => {
    expect(parseArgs(['lint', '--frobnicate', 'a.json'])).toMatchObject({ command: 'error' });
    expect(parseArgs(['lint', '--quiet=yes', 'a.json'])).toMatchObject({ command: 'error' });
  });
});

describe('langFromEnv', () => {
  it('is Japanese for ja locales and English otherwise, LC_ALL first', () => {
    expect(langFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(langFromEnv({ LANG: 'ja' })).toBe('ja');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'ja_JP.UTF-8', LANG: 'C' })).toBe('ja');
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LANG: 'jam' })).toBe('en');
  });
});
