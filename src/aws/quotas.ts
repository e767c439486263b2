/** Service quotas and size limits the course relies on. */
import { fact } from './fact.ts';

const QUOTAS_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html';

/** ECS quotas: containers per task definition, task definition size, tasks per service and more. */
export const ECS_QUOTAS_FACT = fact({
  id: 'ecs-quotas',
  en: 'ECS quotas: 10 containers per task definition, 64 KiB per task definition (32 KiB before 2021), 5,000 tasks per service by default, 20 capacity providers per cluster, 50 tags per resource.',
  ja: 'ECS のクォータ: タスク定義あたりコンテナ 10 個、タスク定義のサイズ 64 KiB（2021 年までは 32 KiB）、サービスあたりのタスク数は既定で 5,000、クラスターあたりのキャパシティープロバイダー 20 個、リソースあたりのタグ 50 個。',
  sources: [QUOTAS_PAGE, 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html'],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    containersPerTaskDefinition: 10,
    taskDefinitionBytes: 65_536,
    tasksPerService: 5000,
    capacityProvidersPerCluster: 20,
    tagsPerResource: 50,
  },
});

/** ECS quotas (see {@link ECS_QUOTAS_FACT}). */
export const ECS_QUOTAS = ECS_QUOTAS_FACT.value;
