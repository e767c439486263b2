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
  { label: '演習', translations: { en: 'Exercises' }, link: '/exercises/' },
  { label: '学習の進捗', translations: { en: 'My progress' }, link: '/progress/' },
  {
    label: 'シミュレーター',
    translations: { en: 'Simulator' },
    items: [
      { slug: 'sandbox' },
      { label: 'シナリオ', translations: { en: 'Scenarios' }, link: '/scenarios/' },
      { slug: 'simulator/how-it-works' },
    ],
  },
  {
    label: 'ワークショップ',
    translations: { en: 'Workshop' },
    items: [
      { label: 'アジェンダとタイマー', translations: { en: 'Agendas and timer' }, link: '/workshop/' },
      { label: 'チートシート', translations: { en: 'Cheat sheet' }, link: '/workshop/cheat-sheet/' },
      {
        label: '講師用ダッシュボード',
        translations: { en: 'Facilitator dashboard' },
        link: '/workshop/dashboard/',
      },
      { label: '修了証', translations: { en: 'Certificate' }, link: '/workshop/certificate/' },
    ],
  },
  {
    label: 'リファレンス',
    translations: { en: 'Reference' },
    items: [
      { label: '採点ルール一覧', translations: { en: 'Grading rules' }, link: '/rules/' },
      { label: '用語集', translations: { en: 'Glossary' }, link: '/glossary/' },
    ],
  },
];
