import { runsImage, serviceOf, isSteady } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

const SECRET = 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dojo/db-password';
const TYPO_SECRET = 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dojo/db-pasword';
const secrets = (valueFrom: string) => ({ container: { secrets: [{ name: 'DB_PASSWORD', valueFrom }] } });

/** Lab: four services fail in four ways; read stoppedReason and fix each. */
export const diagnoseStoppedTasks: Lab = {
  id: 'diagnose-stopped-tasks',
  lesson: '11-anti-patterns',
  title: { ja: '停止したタスクの理由を読む', en: 'Diagnosing stopped tasks' },
  brief: {
    ja: 'クラスター dojo の 4 つのサービス（shop、billing、checkout、report）はどれもタスクが止まり続けています。describe-tasks の stoppedReason、stopCode、コンテナの exitCode と reason から原因を突き止め、ファイルを直して再デプロイしてください。',
    en: 'The four services of the cluster dojo (shop, billing, checkout, report) keep losing their tasks. Find each cause from stoppedReason, stopCode and the containers’ exitCode and reason in describe-tasks, fix the files and deploy again.',
  },
  files: {
    'shop.json': taskDefFile('shop', 'registry.dojo.example/web:1.0.0'),
    'billing.json': taskDefFile('billing', IMG.web, secrets(TYPO_SECRET)),
    'checkout.json': taskDefFile('checkout', IMG.crash),
    'report.json': taskDefFile('report', IMG.report),
  },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup('shop', 'shop.json', 1),
    ...serviceSetup('billing', 'billing.json', 1),
    ...serviceSetup('checkout', 'checkout.json', 1),
    ...serviceSetup('report', 'report.json', 1),
    'dojo advance 15m',
  ],
  goals: [
    {
      id: 'shop',
      text: {
        ja: 'shop が web:1.0 で安定している（イメージのタグ）',
        en: 'shop runs web:1.0 steadily (the image tag)',
      },
      check: (s) => runsImage(s, serviceOf(s, 'dojo', 'shop'), IMG.web, 1),
    },
    {
      id: 'billing',
      text: {
        ja: 'billing が安定している（シークレットの参照）',
        en: 'billing runs steadily (the secret reference)',
      },
      check: (s) => isSteady(s, serviceOf(s, 'dojo', 'billing'), 1),
    },
    {
      id: 'checkout',
      text: {
        ja: 'checkout が web:1.0 で安定している（終了コード 1）',
        en: 'checkout runs web:1.0 steadily (exit code 1)',
      },
      check: (s) => runsImage(s, serviceOf(s, 'dojo', 'checkout'), IMG.web, 1),
    },
    {
      id: 'report',
      text: {
        ja: 'report が 20 分以上止まらずに動いている（OOM）',
        en: 'report has run for 20 minutes without stopping (OOM)',
      },
      check: (s) => {
        const svc = serviceOf(s, 'dojo', 'report');
        return (
          isSteady(s, svc, 1) &&
          s.tasks.some(
            (t) =>
              t.serviceName === 'report' &&
              t.desiredStatus === 'RUNNING' &&
              t.startedAt !== undefined &&
              s.now - t.startedAt >= 20 * 60_000,
          )
        );
      },
    },
  ],
  hints: [
    {
      ja: 'aws ecs list-tasks --cluster dojo --service-name shop --desired-status STOPPED で停止したタスクを探し、describe-tasks に渡します。',
      en: 'Find stopped tasks with aws ecs list-tasks --cluster dojo --service-name shop --desired-status STOPPED and pass them to describe-tasks.',
    },
    {
      ja: 'CannotPullContainerError はイメージ名かタグ、ResourceInitializationError はシークレットか実行ロール、exitCode 1 はアプリ自身、exitCode 137 と OutOfMemoryError はメモリ不足です。dojo images で使えるイメージを確かめられます。',
      en: 'CannotPullContainerError points at the image name or tag, ResourceInitializationError at a secret or the execution role, exit code 1 at the app itself, exit code 137 with OutOfMemoryError at memory. dojo images lists the images you can use.',
    },
    {
      ja: '直したファイルを register-task-definition で登録し、update-service --task-definition <family> でデプロイします。report はメモリを 1024 MiB 以上にします（cpu 512 なら 1024 が使えます）。',
      en: 'Register each fixed file with register-task-definition and deploy it with update-service --task-definition <family>. Give report at least 1024 MiB of memory (cpu 512 allows 1024).',
    },
  ],
  solutionFiles: {
    'shop.json': taskDefFile('shop', IMG.web),
    'billing.json': taskDefFile('billing', IMG.web, secrets(SECRET)),
    'checkout.json': taskDefFile('checkout', IMG.web),
    'report.json': taskDefFile('report', IMG.report, { cpu: '512', memory: '1024' }),
  },
  solution: [
    'aws ecs list-tasks --cluster dojo --service-name report --desired-status STOPPED --query "taskArns[0]" --output text',
    'aws ecs register-task-definition --cli-input-json file://shop.json',
    'aws ecs update-service --cluster dojo --service shop --task-definition shop',
    'aws ecs register-task-definition --cli-input-json file://billing.json',
    'aws ecs update-service --cluster dojo --service billing --task-definition billing',
    'aws ecs register-task-definition --cli-input-json file://checkout.json',
    'aws ecs update-service --cluster dojo --service checkout --task-definition checkout',
    'aws ecs register-task-definition --cli-input-json file://report.json',
    'aws ecs update-service --cluster dojo --service report --task-definition report',
    'dojo advance 25m',
  ],
};
