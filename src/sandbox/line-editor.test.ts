import { describe, expect, it } from 'vitest';
import { complete } from './completion.ts';
import { handleKey, initialLine, type LineState } from './line-editor.ts';

function type(s: LineState, ...keys: string[]): { state: LineState; submitted: string[] } {
  const submitted: string[] = [];
  let state = s;
  for (const k of keys) {
    for (const r of handleKey(state, k)) {
      state = r.state;
      if (r.submit !== undefined) submitted.push(r.submit);
    }
  }
  return { state, submitted };
}

describe('line editor', () => {
  it('edits, submits and keeps history', () => {
    const { state, submitted } = type(
      initialLine(),
      'aws ecs',
      '\x1b[D',
      '\x1b[D',
      '\x1b[D',
      '\x7f',
      'X',
      '\r',
    );
    expect(submitted).toEqual(['awsXecs']);
    expect(state.history).toEqual(['awsXecs']);
    const up = type(state, '\x1b[A');
    expect(up.state.buffer).toBe('awsXecs');
    expect(type(up.state, '\x1b[B').state.buffer).toBe('');
  });

  it('joins backslash continuations into one command', () => {
    expect(type(initialLine(), 'aws ecs list-tasks \\', '\r', '--cluster dojo', '\r').submitted).toEqual([
      'aws ecs list-tasks \\\n--cluster dojo',
    ]);
  });

  it('submits each line of a paste and drops control characters', () => {
    expect(type(initialLine(), 'ls\ncat a\x07\n').submitted).toEqual(['ls', 'cat a']);
  });

  it('cancels with Ctrl+C', () => {
    expect(type(initialLine(), 'aws', '\x03', '\r').submitted).toEqual(['']);
  });
});

describe('completion', () => {
  it('completes programs, services, operations and options', () => {
    expect(complete('aw')).toEqual({ insert: 's ', candidates: [] });
    expect(complete('aws e').insert).toBe('cs ');
    expect(complete('aws ecs describe-ser').insert).toBe('vice');
    expect(complete('aws ecs describe-ser').candidates).toEqual([
      'describe-service-deployments',
      'describe-services',
    ]);
    expect(complete('aws ecs create-service --service-n')).toEqual({ insert: 'ame ', candidates: [] });
    expect(complete('aws ecs register-task-definition --cli-input-json file://w', ['web.json'])).toEqual({
      insert: 'eb.json ',
      candidates: [],
    });
    expect(complete('rm x')).toEqual({ insert: '', candidates: [] });
  });
});
