import { progressStorage } from '../safe-storage.ts';
import { loadProgress } from '../../progress/store.ts';
import { h } from '../dom.ts';
import { AGENDAS } from '../../workshop/agendas.ts';
import { certificateName, trackStatus, type TrackItemStatus } from '../../workshop/certificate.ts';

interface Texts {
  statuses: Record<TrackItemStatus, string>;
  heading: string;
  awarded: string;
  left: string;
  progress: string;
  /** Passes per kind, with `{exercises}`, `{scenarios}` and `{labs}`. */
  counts: string;
}

/**
 * Drives the certificate page: the learner picks a track and types their name; the page shows
 * the certificate when every exercise of the track passed, otherwise what is left. All text is
 * set as text, never as HTML.
 */
export function startCertificate(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset['texts'] ?? '{}') as Texts;
  const titles = JSON.parse(root.dataset['titles'] ?? '{}') as Record<string, string>;
  const hrefs = JSON.parse(root.dataset['hrefs'] ?? '{}') as Record<string, string>;
  const lang = root.dataset['lang'] === 'en' ? 'en' : 'ja';
  const track = root.querySelector<HTMLSelectElement>('select[name="track"]');
  const name = root.querySelector<HTMLInputElement>('input[name="learner"]');
  const output = root.querySelector<HTMLElement>('.dojo-certificate__output');
  if (!track || !name || !output) return;

  const render = () => {
    const agenda = AGENDAS.find((a) => a.id === track.value) ?? AGENDAS[0];
    if (!agenda) return;
    const status = trackStatus(agenda, loadProgress(progressStorage()).doc);
    const learner = certificateName(name.value);
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
    const counts = h(
      'p',
      { class: 'dojo-certificate__counts' },
      texts.counts
        .replace('{exercises}', String(status.counts.exercises))
        .replace('{scenarios}', String(status.counts.scenarios))
        .replace('{labs}', String(status.counts.labs)),
    );
    const list = h(
      'ul',
      {},
      ...status.items.map((item) =>
        h(
          'li',
          {},
          h('a', { href: hrefs[item.id] ?? '#' }, titles[item.id] ?? item.id),
          ` — ${texts.statuses[item.status]}`,
        ),
      ),
    );
    output.replaceChildren(
      status.complete
        ? h(
            'article',
            { class: 'dojo-certificate__card', 'aria-labelledby': 'dojo-certificate-title' },
            h('p', { class: 'dojo-certificate__brand' }, 'ECS Dojo'),
            h('h2', { id: 'dojo-certificate-title' }, texts.heading),
            h('p', { class: 'dojo-certificate__name' }, learner || '—'),
            h('p', {}, texts.awarded.replace('{track}', agenda.title[lang])),
            counts,
            list,
            h('p', { class: 'dojo-certificate__date' }, date),
          )
        : h(
            'section',
            { 'aria-labelledby': 'dojo-certificate-left' },
            h('h2', { id: 'dojo-certificate-left' }, texts.left),
            h(
              'p',
              {},
              texts.progress
                .replace('{passed}', String(status.passed))
                .replace('{total}', String(status.total)),
            ),
            list,
            counts,
          ),
    );
  };
  track.addEventListener('change', render);
  name.addEventListener('input', render);
  render();
}
