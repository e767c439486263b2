/**
 * Reads the `<Quiz>` blocks of a lesson's MDX source (the knowledge check), so tests can hold the
 * questions to their rules: same questions in both languages, answers spread over the positions,
 * a hint on every one. It understands the attribute forms our lessons use: `name="text"`,
 * `name={"text"}` or `name={'text'}`, `options={[…]}` with quoted strings, and `answer={n}`.
 */
export interface LessonQuiz {
  id: string;
  question: string;
  options: string[];
  answer: number;
  hint: string;
  explanation: string;
  /** 1-based line of `<Quiz`. */
  line: number;
}

const STRING = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(
    `(?:^|\\s)${name}=(?:"([^"]*)"|\\{\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)")\\s*\\})`,
  ).exec(attrs);
  if (!match) return undefined;
  return match[1] ?? unescape(match[2] ?? match[3] ?? '');
}

function options(attrs: string): string[] {
  const list = /(?:^|\s)options=\{\[([\s\S]*?)\]\}/.exec(attrs)?.[1] ?? '';
  return [...list.matchAll(STRING)].map((match) => unescape(match[1] ?? match[2] ?? ''));
}

/** Every `<Quiz …>explanation</Quiz>` in the text, in order. */
export function extractQuizzes(mdx: string): LessonQuiz[] {
  const quizzes: LessonQuiz[] = [];
  for (const match of mdx.matchAll(/<Quiz\s([\s\S]*?)\n>\n([\s\S]*?)\n<\/Quiz>/g)) {
    const attrs = match[1] ?? '';
    quizzes.push({
      id: attribute(attrs, 'id') ?? '',
      question: attribute(attrs, 'question') ?? '',
      options: options(attrs),
      answer: Number(/(?:^|\s)answer=\{(\d+)\}/.exec(attrs)?.[1] ?? Number.NaN),
      hint: attribute(attrs, 'hint') ?? '',
      explanation: (match[2] ?? '').trim(),
      line: mdx.slice(0, match.index).split('\n').length,
    });
  }
  return quizzes;
}

/** Share of quizzes whose answer sits at each source position (0, 1, 2, …). */
export function answerPositionShares(quizzes: readonly LessonQuiz[]): number[] {
  const counts: number[] = [];
  for (const quiz of quizzes) counts[quiz.answer] = (counts[quiz.answer] ?? 0) + 1;
  return Array.from(counts, (count) => (count ?? 0) / Math.max(1, quizzes.length));
}

/** True when the answer is longer than every other option (a give-away for guessers). */
export function answerIsLongest(quiz: LessonQuiz): boolean {
  const length = [...(quiz.options[quiz.answer] ?? '')].length;
  return quiz.options.every((option, index) => index === quiz.answer || [...option].length < length);
}
