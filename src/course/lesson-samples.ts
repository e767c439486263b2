/**
 * Finds the JSON and YAML code samples in a lesson's MDX source, so CI can grade every one of them.
 * A fence's meta may mark it `bad-example` (a deliberate mistake, which must fail grading) or
 * `fragment` (a piece of a document, or output rather than input, which is not graded).
 */
export interface CodeSample {
  /** 1-based line of the opening fence. */
  line: number;
  lang: 'json' | 'yaml';
  meta: string;
  code: string;
  role: 'input' | 'bad-example' | 'fragment';
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/;

function roleOf(meta: string): CodeSample['role'] {
  const words = meta.replace(/"[^"]*"|'[^']*'/g, ' ').split(/\s+/);
  if (words.includes('bad-example')) return 'bad-example';
  if (words.includes('fragment')) return 'fragment';
  return 'input';
}

/** Every fenced JSON or YAML block in the text, with its starting line and role. */
export function extractSamples(mdx: string): CodeSample[] {
  const lines = mdx.split('\n');
  const samples: CodeSample[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', marker = '', rawLang = '', meta = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const line = lines[j] ?? '';
      if (line.trim().startsWith(marker) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    const lang = rawLang.toLowerCase();
    if (lang === 'json' || lang === 'yaml' || lang === 'yml') {
      samples.push({
        line: i + 1,
        lang: lang === 'json' ? 'json' : 'yaml',
        meta: meta.trim(),
        code: body.join('\n'),
        role: roleOf(meta),
      });
    }
    i = j;
  }
  return samples;
}
