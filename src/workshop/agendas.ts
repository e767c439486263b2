/**
 * Workshop agendas: time blocks mapped to lessons, exercises and scenarios by id. A test checks
 * that every id exists and that each agenda's blocks add up to its length.
 */
import type { Bilingual } from '../i18n/lang.ts';

export interface AgendaBlock {
  minutes: number;
  title: Bilingual;
  /** Lesson slugs without `lessons/` (`02-task-definitions`). */
  lessons: readonly string[];
  exercises: readonly string[];
  scenarios: readonly string[];
}

export interface Agenda {
  id: 'intro-90' | 'half-day' | 'full-day';
  title: Bilingual;
  minutes: number;
  blocks: readonly AgendaBlock[];
}

function block(
  minutes: number,
  ja: string,
  en: string,
  items: Partial<Omit<AgendaBlock, 'minutes' | 'title'>> = {},
): AgendaBlock {
  return { minutes, title: { ja, en }, lessons: [], exercises: [], scenarios: [], ...items };
}

const welcome = block(10, 'はじめに・環境の確認', 'Welcome and setup');
const wrapUp = block(10, 'ふりかえり・進捗の提出', 'Wrap-up and hand in progress');
const brk = (minutes: number) => block(minutes, '休憩', 'Break');

export const AGENDAS: readonly Agenda[] = [
  {
    id: 'intro-90',
    title: { ja: '90分の入門', en: '90-minute introduction' },
    minutes: 90,
    blocks: [
      welcome,
      block(20, 'ECS の全体像', 'ECS architecture', { lessons: ['01-architecture'] }),
      block(30, 'タスク定義を書く', 'Writing a task definition', {
        lessons: ['02-task-definitions'],
        exercises: ['fargate-taskdef-from-scratch', 'fix-fargate-size'],
      }),
      block(20, 'ローリングデプロイを動かす', 'Rolling deployments in the simulator', {
        lessons: ['05-deployments'],
        scenarios: ['rolling-full-capacity'],
      }),
      wrapUp,
    ],
  },
  {
    id: 'half-day',
    title: { ja: '半日コース', en: 'Half day' },
    minutes: 200,
    blocks: [
      welcome,
      block(20, 'ECS の全体像', 'ECS architecture', { lessons: ['01-architecture'] }),
      block(40, 'タスク定義', 'Task definitions', {
        lessons: ['02-task-definitions'],
        exercises: ['fargate-taskdef-from-scratch', 'fix-fargate-size', 'secrets-from-secrets-manager'],
      }),
      block(25, 'Fargate と EC2、キャパシティプロバイダー', 'Fargate, EC2 and capacity providers', {
        lessons: ['03-fargate-ec2'],
        scenarios: ['split-spot-seventy'],
      }),
      brk(15),
      block(35, 'サービスとオートスケーリング', 'Services and auto scaling', {
        lessons: ['04-services-autoscaling'],
        exercises: ['cpu-target-tracking'],
        scenarios: ['scaling-morning-spike'],
      }),
      block(45, 'デプロイとサーキットブレーカー', 'Deployments and the circuit breaker', {
        lessons: ['05-deployments'],
        exercises: ['rolling-never-below-100'],
        scenarios: ['rolling-full-capacity', 'rolling-auto-rollback'],
      }),
      wrapUp,
    ],
  },
  {
    id: 'full-day',
    title: { ja: '1日コース', en: 'Full day' },
    minutes: 420,
    blocks: [
      welcome,
      block(20, 'ECS の全体像', 'ECS architecture', { lessons: ['01-architecture'] }),
      block(50, 'タスク定義と IAM ロール', 'Task definitions and IAM roles', {
        lessons: ['02-task-definitions'],
        exercises: [
          'fargate-taskdef-from-scratch',
          'fix-fargate-size',
          'execution-role-least-privilege',
          'separate-task-role',
        ],
      }),
      block(30, 'Fargate と EC2', 'Fargate and EC2', {
        lessons: ['03-fargate-ec2'],
        exercises: ['capacity-spot-split'],
        scenarios: ['split-spot-seventy', 'split-weights-only'],
      }),
      brk(15),
      block(45, 'サービスとオートスケーリング', 'Services and auto scaling', {
        lessons: ['04-services-autoscaling'],
        exercises: ['scalable-target-bounds', 'cpu-target-tracking'],
        scenarios: ['scaling-morning-spike'],
      }),
      block(60, '昼休み', 'Lunch'),
      block(50, 'デプロイ（ローリング・Blue/Green）', 'Deployments (rolling, blue/green)', {
        lessons: ['05-deployments'],
        exercises: ['rolling-never-below-100', 'native-canary'],
        scenarios: ['rolling-auto-rollback', 'rolling-unstick', 'bluegreen-canary-ten'],
      }),
      block(30, 'ALB とログ', 'ALB and logging', {
        lessons: ['06-alb', '07-logging'],
        exercises: ['alb-target-group-ip', 'firelens-two-destinations'],
      }),
      brk(15),
      block(30, 'ECS Exec と Service Connect', 'ECS Exec and Service Connect', {
        lessons: ['08-ecs-exec', '09-service-connect'],
        exercises: ['ecs-exec-service', 'service-connect-server'],
      }),
      block(35, 'Infrastructure as Code', 'Infrastructure as code', {
        lessons: ['10-iac'],
        exercises: ['cfn-fargate-service-repair'],
      }),
      block(20, 'アンチパターン', 'Anti-patterns', {
        lessons: ['11-anti-patterns'],
        exercises: ['fix-anti-patterns'],
      }),
      wrapUp,
    ],
  },
];

/** Every exercise an agenda uses: the track a certificate would be issued for. */
export function trackExercises(agenda: Agenda): string[] {
  return [...new Set(agenda.blocks.flatMap((b) => b.exercises))];
}

/** The scenarios of a track, once each, in agenda order. */
export function trackScenarios(agenda: Agenda): string[] {
  return [...new Set(agenda.blocks.flatMap((b) => b.scenarios))];
}
