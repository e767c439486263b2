import { expect, it } from 'vitest';
import { lessonsForLang } from './lessons.ts';

const entries = [
  { id: 'en/lessons/02-task-definitions', data: { title: 'Task definitions', chapter: 2, minutes: 30 } },
  { id: 'lessons/02-task-definitions', data: { title: 'タスク定義', chapter: 2, minutes: 30 } },
  {
    id: 'lessons/01-architecture',
    data: { title: 'アーキテクチャ', description: '全体像', chapter: 1, minutes: 20 },
  },
  { id: 'index', data: { title: 'ECS Dojo' } },
  { id: 'en/index', data: { title: 'ECS Dojo' } },
];

it('lists the Japanese lessons in chapter order, without pages that are not lessons', () => {
  expect(lessonsForLang(entries, 'ja').map((l) => l.id)).toEqual([
    'lessons/01-architecture',
    'lessons/02-task-definitions',
  ]);
});

it('lists only the English lessons for English', () => {
  expect(lessonsForLang(entries, 'en')).toEqual([
    {
      id: 'en/lessons/02-task-definitions',
      chapter: 2,
      title: 'Task definitions',
      description: '',
      minutes: 30,
    },
  ]);
});
