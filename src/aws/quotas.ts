/** Service quotas and size limits the course relies on. */
import { fact } from './fact.ts';

const QUOTAS_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html';

/** ECS quotas: containers per task definition, task definition size, tasks per service and more. */
export const ECS_QUOTAS_FACT = /* @__PURE__ */ fact({
  id: 'ecs-quotas',
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
