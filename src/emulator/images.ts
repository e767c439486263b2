/**
 * The sandbox's fictional image registry. Each image declares how its container behaves, so a
 * learner can reason from `stoppedReason` and exit codes back to the cause. Images outside this
 * list do not exist and fail to pull. Names are fictional (registry `registry.dojo.example`); the
 * script export maps them to a real public image.
 */

/** How a container from an image behaves once started. */
export type ImageBehaviour =
  | { kind: 'healthy' }
  | { kind: 'exits'; afterSeconds: number; exitCode: number }
  | { kind: 'unhealthy' }
  | { kind: 'slow'; readySeconds: number }
  | { kind: 'leaks'; mibPerMinute: number; plateauMiB?: number };

/** One image of the fictional registry. */
export interface SandboxImage {
  name: string;
  behaviour: ImageBehaviour;
  /** Seconds to pull (our model). */
  pullSeconds: number;
  ja: string;
  en: string;
}

/** The registry host of the fictional images. */
export const SANDBOX_REGISTRY = 'registry.dojo.example';

const R = SANDBOX_REGISTRY;

/** Every image the sandbox can pull. */
export const SANDBOX_IMAGES: readonly SandboxImage[] = [
  {
    name: `${R}/web:1.0`,
    behaviour: { kind: 'healthy' },
    pullSeconds: 10,
    ja: 'ポート 80 で応答する正常な Web アプリ',
    en: 'A healthy web app answering on port 80',
  },
  {
    name: `${R}/web:1.1`,
    behaviour: { kind: 'healthy' },
    pullSeconds: 10,
    ja: 'web:1.0 の次の正常なバージョン',
    en: 'The next healthy version of web:1.0',
  },
  {
    name: `${R}/web:2.0-crash`,
    behaviour: { kind: 'exits', afterSeconds: 5, exitCode: 1 },
    pullSeconds: 10,
    ja: '起動 5 秒後に終了コード 1 で終了する（設定ファイルの読み込み失敗を想定）',
    en: 'Exits with code 1 five seconds after start (a configuration error)',
  },
  {
    name: `${R}/web:2.1-unhealthy`,
    behaviour: { kind: 'unhealthy' },
    pullSeconds: 10,
    ja: '起動するがヘルスチェックに失敗し続ける',
    en: 'Starts but keeps failing its health check',
  },
  {
    name: `${R}/web:slow-start`,
    behaviour: { kind: 'slow', readySeconds: 90 },
    pullSeconds: 10,
    ja: '応答できるまで 90 秒かかる（startPeriod が必要）',
    en: 'Needs 90 seconds before it answers (needs a startPeriod)',
  },
  {
    name: `${R}/web:leak`,
    behaviour: { kind: 'leaks', mibPerMinute: 64 },
    pullSeconds: 10,
    ja: '毎分 64 MiB ずつメモリを消費し、上限に達すると OOM で停止する',
    en: 'Uses 64 MiB more memory every minute until it is killed for OOM',
  },
  {
    name: `${R}/report:1.0`,
    behaviour: { kind: 'leaks', mibPerMinute: 128, plateauMiB: 768 },
    pullSeconds: 10,
    ja: 'レポート生成。キャッシュが 768 MiB まで増える（512 MiB では OOM、1024 MiB 以上なら安定）',
    en: 'A report generator whose cache grows to 768 MiB (OOM at 512 MiB, stable from 1024 MiB)',
  },
  {
    name: `${R}/worker:1.0`,
    behaviour: { kind: 'healthy' },
    pullSeconds: 8,
    ja: 'キューを処理する正常なワーカー（ポートなし）',
    en: 'A healthy queue worker (no ports)',
  },
  {
    name: `${R}/log-router:1.0`,
    behaviour: { kind: 'healthy' },
    pullSeconds: 5,
    ja: 'ログルーターのサイドカー',
    en: 'A log router sidecar',
  },
  {
    name: `${R}/proxy:1.0`,
    behaviour: { kind: 'healthy' },
    pullSeconds: 5,
    ja: 'リバースプロキシのサイドカー',
    en: 'A reverse proxy sidecar',
  },
];

const BY_NAME = new Map(SANDBOX_IMAGES.map((i) => [i.name, i]));

/** The image of that name, or undefined when it does not exist (the pull fails). */
export function findImage(name: string): SandboxImage | undefined {
  return BY_NAME.get(name);
}
