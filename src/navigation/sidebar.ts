/**
 * The course sidebar. Labels are Japanese first with an English translation; lessons are found by
 * directory, so a chapter appears as soon as its lesson file exists and never as a dead link.
 */
export const sidebar = [
  { label: 'ECS Dojo について', translations: { en: 'About ECS Dojo' }, link: '/' },
  {
    label: 'レッスン',
    translations: { en: 'Lessons' },
    items: [{ autogenerate: { directory: 'lessons' } }],
  },
  {
    label: 'シミュレーター',
    translations: { en: 'Simulator' },
    items: [
      { slug: 'sandbox' },
      { label: 'シナリオ', translations: { en: 'Scenarios' }, link: '/scenarios/' },
      { slug: 'simulator/how-it-works' },
    ],
  },
];
