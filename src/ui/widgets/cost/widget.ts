import { formatQuantity, formatUsd, type MoneyKind } from '../../../util/format-money.ts';
import { REGIONS, type CostEstimate } from '../../../sim/index.ts';
import { h, numberField, selectField } from '../../dom.ts';
import { mountWidget, type WidgetContext } from '../../widget-shell.ts';
import {
  DEFAULT_COST_STATE,
  compareCosts,
  fargateSizes,
  instanceTypes,
  COST_BOUNDS,
  boundCostState,
  readCostState,
  type Column,
  type CostState,
} from '../../../widgets/cost/model.ts';

const TEXT = {
  ja: {
    settings: '設定',
    region: 'リージョン',
    arch: 'CPU アーキテクチャ',
    size: 'タスクのサイズ（Fargate）',
    tasks: 'タスク数',
    spot: 'Fargate Spot の割引（%、最大 70）',
    instanceType: 'EC2 インスタンスタイプ',
    instances: 'EC2 インスタンス数',
    monthly: '1 か月（730 時間）の料金',
    columns: { fargate: 'Fargate', spot: 'Fargate Spot', ec2: 'EC2（オンデマンド）' },
    perMonth: '/ 月',
    unavailable: 'この組み合わせの料金は ECS Dojo の価格データにありません',
    breakdown: '内訳',
    sources: '価格の出典と日付',
    spotNote:
      'Fargate Spot の割引率は一定ではなく、AWS は「最大 70%」としか言っていません。ここでの割引率は仮の値です。',
    ec2Note: 'EC2 はインスタンス単位の料金です。タスクがインスタンスに収まるかどうかは計算していません。',
    notIncluded: 'データ転送、ロードバランサー、ログなどの料金は含みません。',
  },
  en: {
    settings: 'Settings',
    region: 'Region',
    arch: 'CPU architecture',
    size: 'Task size (Fargate)',
    tasks: 'Tasks',
    spot: 'Fargate Spot discount (%, at most 70)',
    instanceType: 'EC2 instance type',
    instances: 'EC2 instances',
    monthly: 'Cost for a month (730 hours)',
    columns: { fargate: 'Fargate', spot: 'Fargate Spot', ec2: 'EC2 (on-demand)' },
    perMonth: '/ month',
    unavailable: 'This combination is not in ECS Dojo’s price data',
    breakdown: 'Breakdown',
    sources: 'Price sources and dates',
    spotNote:
      'The Fargate Spot discount varies; AWS only says "up to 70 %". The discount here is an assumption you choose.',
    ec2Note: 'EC2 is priced per instance. Whether your tasks fit on the instances is not checked here.',
    notIncluded: 'Data transfer, load balancers, logs and other charges are not included.',
  },
} as const;

function settings(ctx: WidgetContext<CostState>): HTMLElement {
  const t = TEXT[ctx.lang];
  const st = ctx.state;
  const set = (patch: Partial<CostState>) => ctx.update({ ...st, ...patch });
  const id = (name: string) => `${ctx.key}-${name}`;
  const cpuLabel = (cpu: number) => `${cpu / 1024} vCPU`;
  const memLabel = (mib: number) => `${mib / 1024} GB`;
  return h(
    'fieldset',
    { class: 'dw-settings' },
    h('legend', {}, t.settings),
    h(
      'div',
      { class: 'dw-row' },
      selectField({
        id: id('region'),
        label: t.region,
        value: st.region,
        choices: REGIONS.map((value) => ({ value, label: value })),
        onChange: (value) => {
          const region = REGIONS.find((r) => r === value) ?? st.region;
          const types = instanceTypes(region);
          set({
            region,
            instanceType: types.includes(st.instanceType) ? st.instanceType : (types[0] ?? st.instanceType),
          });
        },
      }),
      selectField({
        id: id('arch'),
        label: t.arch,
        value: st.arch,
        choices: [
          { value: 'X86_64', label: 'x86_64' },
          { value: 'ARM64', label: 'ARM64 (Graviton)' },
        ],
        onChange: (value) => set({ arch: value === 'ARM64' ? 'ARM64' : 'X86_64' }),
      }),
      selectField({
        id: id('size'),
        label: t.size,
        value: `${st.cpu}/${st.memory}`,
        choices: fargateSizes().map(([cpu, memory]) => ({
          value: `${cpu}/${memory}`,
          label: `${cpuLabel(cpu)} / ${memLabel(memory)}`,
        })),
        onChange: (value) => {
          const [cpu = st.cpu, memory = st.memory] = value.split('/').map(Number);
          set({ cpu, memory });
        },
      }),
      numberField({
        id: id('tasks'),
        label: t.tasks,
        value: st.tasks,
        min: 0,
        max: COST_BOUNDS.tasks.max,
        onChange: (tasks) => set({ tasks }),
      }),
      numberField({
        id: id('spot'),
        label: t.spot,
        value: st.spotDiscount,
        min: 0,
        max: 70,
        step: 5,
        onChange: (spotDiscount) => set({ spotDiscount }),
      }),
    ),
    h(
      'div',
      { class: 'dw-row' },
      selectField({
        id: id('itype'),
        label: t.instanceType,
        value: st.instanceType,
        choices: instanceTypes(st.region).map((value) => ({ value, label: value })),
        onChange: (instanceType) => set({ instanceType }),
      }),
      numberField({
        id: id('instances'),
        label: t.instances,
        value: st.instances,
        min: 0,
        max: COST_BOUNDS.instances.max,
        onChange: (instances) => set({ instances }),
      }),
    ),
  );
}

function results(ctx: WidgetContext<CostState>): HTMLElement {
  const t = TEXT[ctx.lang];
  const usd = (amount: number, kind?: MoneyKind) => formatUsd(amount, ctx.lang, kind);
  const columns = compareCosts(ctx.state);
  const entries: [keyof typeof columns, Column][] = [
    ['fargate', columns.fargate],
    ['spot', columns.spot],
    ['ec2', columns.ec2],
  ];
  const highest = Math.max(1e-9, ...entries.map(([, column]) => (column.ok ? column.estimate.totalUsd : 0)));
  const sources = new Set<string>();
  const rows = entries.map(([name, column]) => {
    if (!column.ok) {
      return h('tr', {}, h('th', { scope: 'row' }, t.columns[name]), h('td', { colspan: 2 }, t.unavailable));
    }
    column.estimate.sources.forEach((source) => sources.add(source));
    const width = Math.round((column.estimate.totalUsd / highest) * 100);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, t.columns[name]),
      h('td', { class: 'dw-cost__amount' }, `${usd(column.estimate.totalUsd)} ${t.perMonth}`),
      h(
        'td',
        { class: 'dw-cost__bar-cell', 'aria-hidden': 'true' },
        h('span', { class: `dw-cost__bar dw-cost__bar--${name}`, style: `width: ${width}%` }),
      ),
    );
  });
  const breakdown = entries
    .filter((entry): entry is [keyof typeof columns, { ok: true; estimate: CostEstimate }] => entry[1].ok)
    .map(([name, column]) =>
      h(
        'li',
        {},
        h('strong', {}, t.columns[name]),
        h(
          'ul',
          {},
          ...column.estimate.lines.map((line) =>
            h(
              'li',
              {},
              `${line.item}: ${formatQuantity(line.quantity, ctx.lang)} ${line.unit} × ${usd(line.usdPerUnitHour, 'rate')} × ${formatQuantity(line.hours, ctx.lang)} h = ${usd(line.usd)}`,
            ),
          ),
        ),
      ),
    );
  return h(
    'section',
    { 'aria-live': 'polite' },
    h('h3', { class: 'dw-subtitle' }, t.monthly),
    h('table', { class: 'dw-cost' }, h('tbody', {}, ...rows)),
    h('details', {}, h('summary', {}, t.breakdown), h('ul', {}, ...breakdown)),
    h('p', { class: 'dw-note' }, t.spotNote, ' ', t.ec2Note, ' ', t.notIncluded),
    h(
      'details',
      {},
      h('summary', {}, t.sources),
      h('ul', { class: 'dw-sources' }, ...[...sources].map((source) => h('li', { lang: 'en' }, source))),
    ),
  );
}

/** Mounts the cost estimator into its host element. */
export function mount(host: HTMLElement): void {
  mountWidget<CostState>({
    host,
    className: 'dw-cost-estimator',
    start: DEFAULT_COST_STATE,
    read: readCostState,
    bound: boundCostState,
    view: (ctx) => [settings(ctx), results(ctx)],
  });
}
