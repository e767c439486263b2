import { isSteady, serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';
import type { EmulatorState } from '../../emulator/index.ts';

function sc(s: Readonly<EmulatorState>, name: string): Record<string, unknown> | undefined {
  return serviceOf(s, 'dojo', name)?.serviceConnectConfiguration;
}

/** Lab: Service Connect between a frontend and an api. */
export const serviceConnect: Lab = {
  id: 'service-connect',
  lesson: '09-service-connect',
  title: { ja: 'Service Connect でサービス同士をつなぐ', en: 'Connecting services with Service Connect' },
  brief: {
    ja: 'frontend から api を http://api で呼べるようにします。api のポートマッピングに名前 http を付けた新しいリビジョンを登録し、api にはサーバーとして、frontend にはクライアントとして Service Connect を有効にしてください（名前空間は dojo.local）。',
    en: 'Let frontend call api at http://api. Register a revision of api whose port mapping is named http, then turn on Service Connect for api as a server and for frontend as a client (namespace dojo.local).',
  },
  files: { 'api.json': taskDefFile('api', IMG.web), 'frontend.json': taskDefFile('frontend', IMG.web) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup('api', 'api.json', 2),
    ...serviceSetup('frontend', 'frontend.json', 2),
    'dojo advance 3m',
  ],
  goals: [
    {
      id: 'server',
      text: {
        ja: 'api が Service Connect のサーバー（portName http、クライアントエイリアス api:80）',
        en: 'api is a Service Connect server (portName http, client alias api:80)',
      },
      check: (s) => {
        const c = sc(s, 'api');
        const services = Array.isArray(c?.['services']) ? (c['services'] as Record<string, unknown>[]) : [];
        return (
          c?.['enabled'] === true &&
          services.some(
            (x) =>
              x['portName'] === 'http' &&
              Array.isArray(x['clientAliases']) &&
              (x['clientAliases'] as Record<string, unknown>[]).some(
                (a) => a['port'] === 80 && (a['dnsName'] ?? 'http') === 'api',
              ),
          )
        );
      },
    },
    {
      id: 'client',
      text: { ja: 'frontend で Service Connect が有効', en: 'Service Connect is on for frontend' },
      check: (s) => sc(s, 'frontend')?.['enabled'] === true,
    },
    {
      id: 'steady',
      text: {
        ja: '両方のサービスが新しいデプロイで安定している',
        en: 'Both services are steady after their new deployments',
      },
      check: (s) => {
        const api = serviceOf(s, 'dojo', 'api');
        const fe = serviceOf(s, 'dojo', 'frontend');
        return (
          isSteady(s, api, 2) &&
          isSteady(s, fe, 2) &&
          api?.serviceConnectConfiguration !== undefined &&
          fe?.serviceConnectConfiguration !== undefined
        );
      },
    },
  ],
  hints: [
    {
      ja: 'api.json の portMappings に "name": "http" を足して登録します。portName はこの名前を指します。',
      en: 'Add "name": "http" to the portMappings in api.json and register it. portName refers to this name.',
    },
    {
      ja: '--service-connect-configuration は JSON で渡せます: \'{"enabled":true,"namespace":"dojo.local","services":[{"portName":"http","clientAliases":[{"port":80,"dnsName":"api"}]}]}\'',
      en: 'Pass --service-connect-configuration as JSON: \'{"enabled":true,"namespace":"dojo.local","services":[{"portName":"http","clientAliases":[{"port":80,"dnsName":"api"}]}]}\'',
    },
    {
      ja: 'frontend はクライアントだけなので services は要りません: \'{"enabled":true,"namespace":"dojo.local"}\'',
      en: 'frontend is a client only, so it needs no services: \'{"enabled":true,"namespace":"dojo.local"}\'',
    },
  ],
  solutionFiles: { 'api.json': taskDefFile('api', IMG.web, { portName: 'http' }) },
  solution: [
    'aws ecs register-task-definition --cli-input-json file://api.json',
    `aws ecs update-service --cluster dojo --service api --task-definition api --service-connect-configuration '{"enabled":true,"namespace":"dojo.local","services":[{"portName":"http","clientAliases":[{"port":80,"dnsName":"api"}]}]}'`,
    `aws ecs update-service --cluster dojo --service frontend --service-connect-configuration '{"enabled":true,"namespace":"dojo.local"}'`,
    'aws ecs wait services-stable --cluster dojo --services api frontend',
  ],
};
