/** UI text of the exercise pages, shared by the Astro components and the browser code. */
import type { Lang } from '../grader/index.ts';

const STRINGS = {
  ja: {
    listTitle: '演習',
    listDescription: 'ブラウザーのエディターで設定ファイルを書き、その場で採点する演習。',
    listIntro:
      '各演習にはスターター（出発点のファイル）とゴールがあります。エディターで直して「採点する」を押し、リンターのエラーがなく、すべてのゴールを満たせば合格です。進捗と書きかけの内容はこのブラウザーに保存されます。',
    status: {
      'not-started': '未着手',
      'in-progress': '取り組み中',
      passed: '合格',
      'solved-with-help': '解答例を見て解いた',
    },
    difficulty: { beginner: '初級', intermediate: '中級', advanced: '上級' },
    minutes: '約{n}分',
    chapterLesson: 'この演習の章:',
    editorLabel: 'あなたの {format}',
    keyboardNote:
      'エディター内では Tab キーでインデントします。Tab でフォーカスを移したいときは Ctrl+M（macOS は Ctrl+Shift+M）で切り替えるか、Esc を押してから Tab を押してください。',
    loading: 'エディターを読み込んでいます…',
    fallbackNote: 'シンプルなテキストエリアで編集しています。採点の結果は下に表示されます。',
    grade: '採点する',
    reset: '最初からやり直す',
    resetConfirm: 'スターターに戻します。書いた内容は消えます。よろしいですか？',
    solution: '解答例を見る',
    solutionConfirm:
      '解答例を読み込むと、この演習は「解答例を見て解いた」として記録されます。読み込みますか？',
    goals: 'ゴール',
    goalLint: 'リンターのエラーがない',
    notChecked: '未確認',
    met: '達成',
    notMet: '未達成',
    findings: '指摘',
    noFindings: '指摘はありません。',
    severity: { error: 'エラー', warning: '警告', info: '情報' },
    learn: 'レッスン',
    passed: '合格です！ すべてのゴールを満たしました。',
    passedHelped: 'すべてのゴールを満たしました。解答例を見たので「解答例を見て解いた」として記録しました。',
    notYet: 'まだ満たしていないゴールがあります。',
    earlierPassed: 'この演習は合格済みです。',
    earlierHelped: 'この演習は解答例を見て解いています。自力でもう一度どうぞ。',
    restored: '前回の続きから表示しています。',
    hints: 'ヒント',
    hint: 'ヒントを 1 つ見る',
    noMoreHints: 'ヒントはこれで全部です。',
    instructions: '課題',
    all: '演習一覧へ',
    parseError: '{line} 行 {column} 列を読めません: {message}',
    cannotRead:
      'ファイルを読み込めません（{line} 行 {column} 列: {message}）。構文を直すと、ゴールを確認できます。',
    solutionLoaded:
      '解答例をエディターに読み込みました。あなたの解答は保存してあり、「自分の解答に戻す」でいつでも戻せます。',
    backToMine: '自分の解答に戻す',
    solutionAgain: '解答例をもう一度見る',
    mineRestored: 'あなたの解答に戻しました。',
    jumpTo: '{line} 行 {column} 列へ移動',
    next: '次の演習へ: {title}',
    allDone: 'すべての演習を終えました。一覧で進み具合を確認できます。',
  },
  en: {
    listTitle: 'Exercises',
    listDescription: 'Write configuration files in an in-browser editor and have them graded on the spot.',
    listIntro:
      'Each exercise has a starter file and goals. Fix the file in the editor and press “Grade”: with no linter errors and every goal met, you pass. Your progress and unfinished work are saved in this browser.',
    status: {
      'not-started': 'not started',
      'in-progress': 'in progress',
      passed: 'passed',
      'solved-with-help': 'solved with help',
    },
    difficulty: { beginner: 'beginner', intermediate: 'intermediate', advanced: 'advanced' },
    minutes: 'about {n} min',
    chapterLesson: 'Chapter:',
    editorLabel: 'Your {format}',
    keyboardNote:
      'In the editor, Tab indents. To move focus with Tab, press Ctrl+M (Ctrl+Shift+M on macOS) to switch modes, or press Esc and then Tab.',
    loading: 'Loading the editor…',
    fallbackNote: 'You are editing in a plain text area. Grading results appear below it.',
    grade: 'Grade',
    reset: 'Start over',
    resetConfirm: 'Go back to the starter? What you wrote will be lost.',
    solution: 'Show the solution',
    solutionConfirm: 'If you load the solution, this exercise is recorded as “solved with help”. Load it?',
    goals: 'Goals',
    goalLint: 'No linter errors',
    notChecked: 'not checked yet',
    met: 'met',
    notMet: 'not met',
    findings: 'Findings',
    noFindings: 'No findings.',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    learn: 'Lesson',
    passed: 'Passed! Every goal is met.',
    passedHelped: 'Every goal is met. You loaded the solution, so this is recorded as “solved with help”.',
    notYet: 'Some goals are not met yet.',
    earlierPassed: 'You have passed this exercise before.',
    earlierHelped: 'You solved this exercise with the solution shown. Try it on your own again.',
    restored: 'Showing your earlier work.',
    hints: 'Hints',
    hint: 'Show a hint',
    noMoreHints: 'That was the last hint.',
    instructions: 'Task',
    all: 'All exercises',
    parseError: 'Cannot read line {line}, column {column}: {message}',
    cannotRead:
      'The file cannot be read (line {line}, column {column}: {message}). Fix the syntax to check the goals.',
    solutionLoaded:
      'The solution is in the editor. Your own answer is kept: “Back to my answer” brings it back at any time.',
    backToMine: 'Back to my answer',
    solutionAgain: 'Show the solution again',
    mineRestored: 'Your own answer is back.',
    jumpTo: 'Go to line {line}, column {column}',
    next: 'Next exercise: {title}',
    allDone: 'That was the last exercise. The list shows how far you have come.',
  },
} as const;

export type ExerciseStrings = (typeof STRINGS)[Lang];

/** The exercise UI text in one language. */
export function exerciseStrings(lang: Lang): ExerciseStrings {
  return STRINGS[lang];
}

/** Fills `{name}` placeholders (the shared template filler, under the name the editor uses). */
export { fillTemplate as fill } from '../../util/fill-template.ts';
