/**
 * Exports a sandbox session as shell scripts for a real AWS account: `run.sh` replays the
 * successful commands with the files they read, `cleanup.sh` deletes what the session created.
 * The fictional images become a public nginx image, the sandbox's account id, Region and subnet
 * become variables, and `dojo` commands become waits or comments.
 */
import { shellQuote, shellWords } from './cli/shell-words.ts';
import { parseDuration } from './cli/dojo-commands.ts';
import { SANDBOX_REGISTRY } from './images.ts';
import type { EmulatorState } from './state.ts';

/** One command the learner ran, with its exit code. */
export interface TranscriptEntry {
  line: string;
  exitCode: number;
}

/** The two scripts. */
export interface ExportedScripts {
  run: string;
  cleanup: string;
}

/** The public image the fictional ones become (a real, small web server). */
export const REAL_IMAGE = 'public.ecr.aws/nginx/nginx:stable-alpine';

const HEADER = {
  ja: [
    '# 注意: このスクリプトは実際の AWS アカウントにリソースを作成します。Fargate のタスクは動いている間、',
    '# 秒単位で課金されます。終わったら必ず cleanup.sh を実行してください。',
    '# サンドボックスの架空イメージ（registry.dojo.example）は nginx に置き換えています。障害の再現はできません。',
  ],
  en: [
    '# WARNING: this script creates real resources in your AWS account. Fargate tasks are billed',
    '# per second while they run. Run cleanup.sh when you are done.',
    '# The sandbox’s fictional images (registry.dojo.example) are replaced by nginx; their faults do not happen.',
  ],
};

const PRELUDE = [
  'set -euo pipefail',
  'AWS_ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"',
  'export AWS_REGION="${AWS_REGION:-ap-northeast-1}"',
  'SUBNET_ID="${SUBNET_ID:?Set SUBNET_ID to a subnet of your VPC}"',
];

function realise(text: string, state: Readonly<EmulatorState>): string {
  return text
    .replace(
      new RegExp(`${SANDBOX_REGISTRY.replace(/\./g, '\\.')}/[A-Za-z0-9._/-]+:[A-Za-z0-9._-]+`, 'g'),
      REAL_IMAGE,
    )
    .replaceAll(state.accountId, '${AWS_ACCOUNT_ID}')
    .replaceAll(`:${state.region}:`, ':${AWS_REGION}:')
    .replace(/\bsubnet-1\b/g, '${SUBNET_ID}');
}

function fileBlock(path: string, text: string, state: Readonly<EmulatorState>): string[] {
  const safe = path.replace(/[^A-Za-z0-9._-]/g, '_');
  const body = text.replace(
    new RegExp(`${SANDBOX_REGISTRY.replace(/\./g, '\\.')}/[A-Za-z0-9._/-]+:[A-Za-z0-9._-]+`, 'g'),
    REAL_IMAGE,
  );
  return [
    `cat > ${shellQuote(safe)} <<'ECS_DOJO_EOF'`,
    ...body.replace(/\n$/, '').split('\n'),
    'ECS_DOJO_EOF',
    `sed -i.bak -e "s/${state.accountId}/\${AWS_ACCOUNT_ID}/g" -e "s/:${state.region}:/:\${AWS_REGION}:/g" -e "s/subnet-1/\${SUBNET_ID}/g" ${shellQuote(safe)}`,
  ];
}

function commandLines(entry: TranscriptEntry, state: Readonly<EmulatorState>): string[] {
  const one = entry.line.replace(/\\\r?\n\s*/g, ' ').trim();
  if (entry.exitCode !== 0)
    return [`# failed in the sandbox (exit ${entry.exitCode}), left out: ${one.replace(/\n/g, ' ')}`];
  const words = shellWords(one);
  const first = words.ok ? words.words[0] : undefined;
  if (first === 'dojo') {
    const [, cmd, arg] = words.ok ? words.words : [];
    const seconds = cmd === 'advance' ? parseDuration(arg) : undefined;
    if (seconds !== undefined && seconds <= 900) return [`sleep ${seconds}  # ${one}`];
    return [`# ${one}  (sandbox only: in a real account time passes by itself)`];
  }
  if (first === 'ls' || first === 'cat') return [one];
  return [
    realise(one, state).replace(
      /'([^']*\$\{[A-Z_]+\}[^']*)'/g,
      (_m, inner: string) => `"${inner.replace(/"/g, '\\"')}"`,
    ),
  ];
}

/** Builds run.sh from the transcript and the files, and cleanup.sh from the final state. */
export function exportScripts(
  transcript: readonly TranscriptEntry[],
  state: Readonly<EmulatorState>,
  lang: 'ja' | 'en',
): ExportedScripts {
  const run = [
    '#!/usr/bin/env bash',
    '# ECS Dojo sandbox: the commands of a session, for a real AWS account.',
    ...HEADER[lang],
    ...PRELUDE,
    '',
    ...Object.entries(state.files).flatMap(([path, text]) => fileBlock(path, text, state)),
    '',
    ...transcript.flatMap((e) => commandLines(e, state)),
    '',
  ].join('\n');
  return { run, cleanup: cleanupScript(state, lang) };
}

/** Deletes, in order, what the session's state holds: scaling targets, services, tasks, task definitions, clusters. */
export function cleanupScript(state: Readonly<EmulatorState>, lang: 'ja' | 'en'): string {
  const lines = [
    '#!/usr/bin/env bash',
    lang === 'ja'
      ? '# ECS Dojo サンドボックス: run.sh が作ったリソースを削除します。'
      : '# ECS Dojo sandbox: deletes the resources run.sh created.',
    'set -uo pipefail',
    'export AWS_REGION="${AWS_REGION:-ap-northeast-1}"',
    '',
  ];
  for (const t of state.scalableTargets) {
    lines.push(
      `aws application-autoscaling deregister-scalable-target --service-namespace ecs --resource-id ${shellQuote(t.ResourceId)} --scalable-dimension ${t.ScalableDimension}`,
    );
  }
  const clusters = state.clusters.filter((c) => c.status === 'ACTIVE');
  for (const c of clusters) {
    const services = state.services.filter((s) => s.clusterArn === c.clusterArn && s.status !== 'INACTIVE');
    for (const s of services) {
      lines.push(
        `aws ecs delete-service --cluster ${shellQuote(c.clusterName)} --service ${shellQuote(s.serviceName)} --force`,
      );
    }
    if (services.length > 0) {
      lines.push(
        `aws ecs wait services-inactive --cluster ${shellQuote(c.clusterName)} --services ${services.map((s) => shellQuote(s.serviceName)).join(' ')}`,
      );
    }
    lines.push(
      `for task in $(aws ecs list-tasks --cluster ${shellQuote(c.clusterName)} --query taskArns --output text); do aws ecs stop-task --cluster ${shellQuote(c.clusterName)} --task "$task" > /dev/null; done`,
    );
  }
  const revisions = state.taskDefinitions.map((t) => `${t.family}:${t.revision}`);
  for (const r of revisions)
    lines.push(`aws ecs deregister-task-definition --task-definition ${shellQuote(r)} > /dev/null`);
  if (revisions.length > 0)
    lines.push(
      `aws ecs delete-task-definitions --task-definitions ${revisions.map(shellQuote).join(' ')} > /dev/null`,
    );
  for (const c of clusters)
    lines.push(`aws ecs delete-cluster --cluster ${shellQuote(c.clusterName)} > /dev/null`);
  lines.push('');
  return lines.join('\n');
}
