import { describe, expect, it } from 'vitest';
import { lessonSchema as schemaFor } from './lesson.ts';

const lessonSchema = schemaFor({
  exercises: ['fix-fargate-size', 'fargate-taskdef-from-scratch'],
  scenarios: ['rolling-unstick'],
});

describe('lessonSchema', () => {
  it('accepts exercise and scenario ids the catalogues list', () => {
    const lesson = lessonSchema.parse({ exercises: ['fix-fargate-size'], scenarios: ['rolling-unstick'] });
    expect(lesson).toMatchObject({ exercises: ['fix-fargate-size'], scenarios: ['rolling-unstick'] });
  });

  it('refuses ids no catalogue lists, naming the field', () => {
    const result = lessonSchema.safeParse({ exercises: ['fix-fargate-sizes'], scenarios: ['rolling-stuck'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['exercises.0', 'there is no exercise "fix-fargate-sizes"'],
      ['scenarios.0', 'there is no scenario "rolling-stuck"'],
    ]);
  });

  it('asks a lesson page for its objectives and minutes', () => {
    const result = lessonSchema.safeParse({ chapter: 2 });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['objectives', 'minutes']);
  });
});
