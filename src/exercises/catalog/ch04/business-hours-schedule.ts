import { json, section, WEB_RESOURCE_ID } from '../helpers.ts';
import { at, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';
import { firesWeekdaysAt } from '../scaling-checks.ts';

/** Exercise: Scale up for business hours. */
export const businessHoursSchedule: Exercise = {
  id: 'business-hours-schedule',
  chapter: '04-services-autoscaling',
  lesson: section('04-services-autoscaling', 'scheduled-scaling'),
  title: { ja: '平日の営業時間に合わせて増やす', en: 'Scale up for business hours' },
  instructions: {
    ja: '平日（月〜金）の朝 8:45（日本時間）に、サービス `web` の最小タスク数を 6（最大 20）に引き上げるスケジュールアクション（put-scheduled-action の入力）を書いてください。',
    en: 'Write a scheduled action (put-scheduled-action input) that raises the `web` service’s minimum to 6 tasks (maximum 20) at 08:45 Tokyo time on weekdays (Monday to Friday).',
  },
  language: 'json',
  kind: 'scheduled-action',
  difficulty: 'intermediate',
  minutes: 8,
  starter: json({
    ServiceNamespace: 'ecs',
    ScheduledActionName: 'web-business-hours',
    ResourceId: WEB_RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    Schedule: 'cron(45 8 * * MON-FRI)',
    ScalableTargetAction: { MinCapacity: 6, MaxCapacity: 20 },
  }),
  solution: json({
    ServiceNamespace: 'ecs',
    ScheduledActionName: 'web-business-hours',
    ResourceId: WEB_RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    Schedule: 'cron(45 8 ? * MON-FRI *)',
    Timezone: 'Asia/Tokyo',
    ScalableTargetAction: { MinCapacity: 6, MaxCapacity: 20 },
  }),
  goals: [
    {
      id: 'weekday-morning',
      text: { ja: '平日 8:45 に実行する cron 式', en: 'A cron expression for 08:45 on weekdays' },
      lesson: section('04-services-autoscaling', 'scheduled-scaling'),
      check: (doc) => firesWeekdaysAt(at(doc, 'Schedule'), 8, 45),
    },
    {
      id: 'tokyo',
      text: { ja: 'タイムゾーンは Asia/Tokyo', en: 'The time zone is Asia/Tokyo' },
      lesson: section('04-services-autoscaling', 'scheduled-scaling'),
      check: (doc) => at(doc, 'Timezone') === 'Asia/Tokyo',
    },
    {
      id: 'capacity',
      text: { ja: '最小 6・最大 20 タスクにする', en: 'Sets minimum 6 and maximum 20 tasks' },
      lesson: section('04-services-autoscaling', 'scheduled-scaling'),
      check: (doc) =>
        numberAt(doc, 'ScalableTargetAction', 'MinCapacity') === 6 &&
        numberAt(doc, 'ScalableTargetAction', 'MaxCapacity') === 20,
    },
  ],
  hints: [
    {
      ja: 'Application Auto Scaling の cron は 6 フィールド（分 時 日 月 曜日 年）で、日か曜日の一方は `?` にします。',
      en: 'Application Auto Scaling cron has six fields (minutes hours day-of-month month day-of-week year); day-of-month or day-of-week must be `?`.',
    },
    {
      ja: '`Timezone` を書かないと UTC で解釈されます。',
      en: 'Without `Timezone`, the schedule is read as UTC.',
    },
  ],
};
