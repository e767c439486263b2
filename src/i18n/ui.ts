/**
 * UI strings for ECS Dojo's own components, in the two course languages. Starlight's built-in UI
 * (search, navigation, theme switch) brings its own translations.
 */
import { fillTemplate } from '../util/fill-template.ts';
import type { Lang } from './lang.ts';

export { languages, toLang, type Lang } from './lang.ts';

const strings = {
  ja: {
    'lesson.chapter': '第{n}章',
    'lesson.minutes': '所要時間 約{n}分',
    'lesson.objectives': 'この章で身につくこと',
    'lesson.practice': 'シミュレーターで練習:',
    'lesson.exercises': 'エディターで演習:',
    'quiz.check': '答え合わせ',
    'quiz.correct': '正解です。',
    'quiz.incorrect': '不正解です。ヒントを読んで、もう一度選んでください。',
    'quiz.incorrectFinal': '不正解です。正解と解説を確認しましょう。',
    'quiz.hint': 'ヒント',
    'quiz.answerMark': '（正解）',
    'quiz.explanation': '解説',
    'quiz.retry': 'やり直す',
    'quiz.saved': '前回の解答を表示しています。',
    'quiz.choose': '選択肢を1つ選んでください。',
    'figure.textAlternative': '図の説明（テキスト）',
  },
  en: {
    'lesson.chapter': 'Chapter {n}',
    'lesson.minutes': 'About {n} minutes',
    'lesson.objectives': 'What you will be able to do',
    'lesson.practice': 'Practise in the simulator:',
    'lesson.exercises': 'Exercises in the editor:',
    'quiz.check': 'Check answer',
    'quiz.correct': 'Correct.',
    'quiz.incorrect': 'Not quite. Read the hint and try once more.',
    'quiz.incorrectFinal': 'Not this time. See the correct answer and the explanation.',
    'quiz.hint': 'Hint',
    'quiz.answerMark': '(correct answer)',
    'quiz.explanation': 'Explanation',
    'quiz.retry': 'Try again',
    'quiz.saved': 'Showing your earlier answer.',
    'quiz.choose': 'Choose one option.',
    'figure.textAlternative': 'Text description of the figure',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type UiKey = keyof (typeof strings)['ja'];

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(strings[lang][key], params);
}
