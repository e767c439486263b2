import { nextScheduleTimes, zonedCivil } from '../../sim/index.ts';
import { isSteady, serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

const RESOURCE = 'service/dojo/web';
/** Tuesday 2026-12-01 19:00 in Tokyo. */
const START = Date.UTC(2026, 11, 1, 10, 0);
/** Wednesday 2026-12-02 09:00 in Tokyo: business hours start. */
const OPENING = Date.UTC(2026, 11, 2, 0, 0);

/** True when every run in the next week falls on a weekday between 07:00 and 08:59 in Tokyo. */
function weekdayMornings(schedule: string, tz: string | undefined, from: number): boolean {
  try {
    const times = nextScheduleTimes(schedule, from, from + 7 * 86_400_000, tz ?? 'UTC');
    return (
      times.length >= 4 &&
      times.length <= 6 &&
      times.every((t) => {
        const c = zonedCivil(t, 'Asia/Tokyo');
        const weekday = new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
        return weekday >= 1 && weekday <= 5 && c.hour >= 7 && c.hour < 9;
      })
    );
  } catch {
    return false;
  }
}

/** Lab: a scheduled action scales out before business hours on weekdays. */
export const scheduledScaleOut: Lab = {
  id: 'scheduled-scale-out',
  lesson: '04-services-autoscaling',
  title: { ja: '始業前にスケジュールでスケールアウト', en: 'A scheduled scale-out before business hours' },
  brief: {
    ja: '今は火曜日 19:00（東京）です。サービス web は平日 9:00 の始業時にタスク 6 つ以上が必要です。平日の朝（7:00〜8:59、東京時間）に最小タスク数を 6 にするスケジュールアクションを作り、翌朝 9:00 まで時間を進めてください。',
    en: 'It is Tuesday 19:00 in Tokyo. The service web needs at least six tasks when business starts at 9:00 on weekdays. Create a scheduled action that sets the minimum to 6 on weekday mornings (7:00–8:59 Tokyo time), then move time to 9:00 tomorrow.',
  },
  startTime: START,
  files: { 'web.json': taskDefFile('web', IMG.web) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup('web', 'web.json', 2),
    'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount --min-capacity 2 --max-capacity 10',
    'dojo advance 3m',
  ],
  goals: [
    {
      id: 'schedule',
      text: {
        ja: '平日の朝だけ動き、最小タスク数を 6 以上にするスケジュールアクションがある',
        en: 'A scheduled action runs on weekday mornings only and sets the minimum to 6 or more',
      },
      check: (s) =>
        s.scheduledActions.some(
          (a) =>
            a.ResourceId === RESOURCE &&
            (a.ScalableTargetAction.MinCapacity ?? 0) >= 6 &&
            weekdayMornings(a.Schedule, a.Timezone, START),
        ),
    },
    {
      id: 'ready',
      text: {
        ja: '水曜 9:00 の時点でタスク 6 つ以上が安定して動いている',
        en: 'At 9:00 on Wednesday, six or more tasks run steadily',
      },
      check: (s) => {
        const svc = serviceOf(s, 'dojo', 'web');
        return s.now >= OPENING && svc !== undefined && svc.desiredCount >= 6 && isSteady(s, svc);
      },
    },
  ],
  hints: [
    {
      ja: 'cron 式は 6 つのフィールド（分 時 日 月 曜日 年）で、日か曜日の片方を ? にします。例: cron(30 8 ? * MON-FRI *)',
      en: 'A cron expression has six fields (minutes hours day-of-month month day-of-week year), with ? in either day field. For example: cron(30 8 ? * MON-FRI *)',
    },
    {
      ja: '--timezone Asia/Tokyo を付けないと cron は UTC で解釈されます。',
      en: 'Without --timezone Asia/Tokyo the cron expression is read in UTC.',
    },
    {
      ja: '--scalable-target-action MinCapacity=6,MaxCapacity=10 を指定し、dojo advance 14h で翌朝 9:00 まで進めます。',
      en: 'Pass --scalable-target-action MinCapacity=6,MaxCapacity=10, then dojo advance 14h takes you to 9:00 tomorrow.',
    },
  ],
  solution: [
    'aws application-autoscaling put-scheduled-action --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount --scheduled-action-name weekday-morning --schedule "cron(30 8 ? * MON-FRI *)" --timezone Asia/Tokyo --scalable-target-action MinCapacity=6,MaxCapacity=10',
    'dojo advance 14h',
    'aws ecs describe-services --cluster dojo --services web --query "services[0].[desiredCount,runningCount]" --output text',
  ],
};
