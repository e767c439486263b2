import { formatUsd } from '../../../util/format-money.ts';
import { MODEL_ASSUMPTIONS } from '../../../sim/index.ts';
import { h, numberField, selectField } from '../../dom.ts';
import { errorMessage, mountWidget, type WidgetContext } from '../../widget-shell.ts';
import { fargateSizes } from '../../../widgets/cost/model.ts';
import {
  DEFAULT_SPLIT_STATE,
  PROVIDERS,
  evaluateSplit,
  SPLIT_BOUNDS,
  boundSplitState,
  readSplitState,
  splitCost,
  type SplitState,
} from '../../../widgets/capacity-split/model.ts';

const TEXT = {
  ja: {
    title: 'キャパシティプロバイダー戦略',
    provider: 'プロバイダー',
    base: 'ベース',
    weight: 'ウェイト',
    remove: '削除',
    removeRow: (n: number) => `${n} 行目を削除`,
    add: 'プロバイダーを追加',
    desired: '希望タスク数',
    result: '配置されるタスク',
    tasks: (n: number) => `${n} タスク`,
    exact: (x: string) => `正確な取り分 ${x}`,
    error: '戦略が無効です',
    assumption: 'モデルの仮定',
    size: 'タスクのサイズ',
    cost: (usd: string) => `1 か月（730 時間）の Fargate 料金の目安: ${usd}`,
    costNote:
      'FARGATE_SPOT は AWS の言う「最大 70%」引きで計算しています。料金の出典と日付はサンドボックスのコスト比較で確認できます。',
    roundedNote:
      'この数は重みで割り切れません。AWS は端数の扱いを文書化していないため、次の規則は ECS Dojo のモデルの仮定です。',
  },
  en: {
    title: 'Capacity provider strategy',
    provider: 'Provider',
    base: 'Base',
    weight: 'Weight',
    remove: 'Remove',
    removeRow: (n: number) => `Remove row ${n}`,
    add: 'Add provider',
    desired: 'Desired count',
    result: 'Where the tasks go',
    tasks: (n: number) => `${n} ${n === 1 ? 'task' : 'tasks'}`,
    exact: (x: string) => `exact share ${x}`,
    error: 'The strategy is not valid',
    assumption: 'Model assumption',
    size: 'Task size',
    cost: (usd: string) => `Fargate cost for a month (730 hours), roughly: ${usd}`,
    costNote:
      'FARGATE_SPOT is priced at AWS’s "up to 70 %" off. The sandbox’s cost comparison shows every price’s source and date.',
    roundedNote:
      'This count does not divide evenly by the weights. AWS does not document how remainders are placed, so the rule below is an assumption of the ECS Dojo model.',
  },
} as const;

const ROUNDING = MODEL_ASSUMPTIONS.find((assumption) => assumption.id === 'split-rounding');

function strategyTable(ctx: WidgetContext<SplitState>): HTMLElement {
  const t = TEXT[ctx.lang];
  const { rows } = ctx.state;
  const setRow = (index: number, patch: Partial<SplitState['rows'][number]>) =>
    ctx.update({ ...ctx.state, rows: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const body = h('tbody');
  rows.forEach((row, index) => {
    const id = `${ctx.key}-row${index}`;
    const remove = h(
      'button',
      { type: 'button', class: 'dw-button dw-button--quiet', 'aria-label': t.removeRow(index + 1) },
      t.remove,
    );
    remove.addEventListener('click', () =>
      ctx.update({ ...ctx.state, rows: rows.filter((_, i) => i !== index) }),
    );
    body.append(
      h(
        'tr',
        {},
        h(
          'td',
          {},
          selectField({
            id: `${id}-provider`,
            label: t.provider,
            value: row.provider,
            choices: PROVIDERS.map((provider) => ({ value: provider, label: provider })),
            onChange: (provider) => setRow(index, { provider }),
          }),
        ),
        h(
          'td',
          {},
          numberField({
            id: `${id}-base`,
            label: t.base,
            value: row.base,
            min: 0,
            max: 100000,
            onChange: (base) => setRow(index, { base }),
          }),
        ),
        h(
          'td',
          {},
          numberField({
            id: `${id}-weight`,
            label: t.weight,
            value: row.weight,
            min: 0,
            max: 1000,
            onChange: (weight) => setRow(index, { weight }),
          }),
        ),
        h('td', {}, remove),
      ),
    );
  });
  const add = h('button', { type: 'button', class: 'dw-button' }, t.add);
  add.addEventListener('click', () => {
    const unused =
      PROVIDERS.find((provider) => !rows.some((row) => row.provider === provider)) ?? 'FARGATE_SPOT';
    ctx.update({ ...ctx.state, rows: [...rows, { provider: unused, base: 0, weight: 1 }] });
  });
  const desired = numberField({
    id: `${ctx.key}-desired`,
    label: t.desired,
    value: ctx.state.desired,
    min: 0,
    max: SPLIT_BOUNDS.desired.max,
    onChange: (value) => ctx.update({ ...ctx.state, desired: value }),
  });
  const size = selectField({
    id: `${ctx.key}-size`,
    label: t.size,
    value: `${ctx.state.cpu}/${ctx.state.memory}`,
    choices: fargateSizes().map(([cpu, memory]) => ({
      value: `${cpu}/${memory}`,
      label: `${cpu / 1024} vCPU / ${memory / 1024} GB`,
    })),
    onChange: (value) => {
      const [cpu = ctx.state.cpu, memory = ctx.state.memory] = value.split('/').map(Number);
      ctx.update({ ...ctx.state, cpu, memory });
    },
  });
  return h(
    'div',
    { class: 'dw-controls' },
    h('table', { class: 'dw-strategy' }, body),
    h('div', { class: 'dw-row' }, add, desired, size),
  );
}

function resultView(ctx: WidgetContext<SplitState>): HTMLElement {
  const t = TEXT[ctx.lang];
  const outcome = evaluateSplit(ctx.state);
  const region = h(
    'div',
    { class: 'dw-output', 'aria-live': 'polite' },
    h('h3', { class: 'dw-subtitle' }, t.result),
  );
  if (!outcome.ok) {
    region.append(errorMessage(t.error, ctx.lang, outcome));
    return region;
  }
  const format = new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 2 });
  outcome.shares.forEach((share, index) => {
    const tiles = h('div', { class: 'dw-tiles', 'aria-hidden': 'true' });
    for (let i = 0; i < Math.min(share.tasks, 200); i += 1)
      tiles.append(h('span', { class: `dw-tile dw-tile--p${index % 4}` }));
    region.append(
      h(
        'div',
        { class: 'dw-share' },
        h(
          'p',
          { class: 'dw-share__label' },
          h('strong', {}, share.provider),
          `: ${t.tasks(share.tasks)} `,
          h('span', { class: 'dw-muted' }, `(${t.exact(format.format(share.ideal))})`),
        ),
        tiles,
      ),
    );
  });
  const cost = splitCost(ctx.state);
  if (cost.ok) {
    region.append(
      h('p', { class: 'dw-outcome' }, t.cost(formatUsd(cost.estimate.totalUsd, ctx.lang))),
      h('p', { class: 'dw-muted' }, t.costNote),
    );
  }
  if (outcome.rounded && ROUNDING) {
    region.append(
      h(
        'p',
        { class: 'dw-note' },
        h('strong', {}, `${t.assumption}: `),
        t.roundedNote,
        ' ',
        ROUNDING[ctx.lang],
      ),
    );
  }
  return region;
}

/** Mounts the capacity split widget into its host element. */
export function mount(host: HTMLElement): void {
  mountWidget<SplitState>({
    host,
    className: 'dw-capacity-split',
    start: DEFAULT_SPLIT_STATE,
    read: readSplitState,
    bound: boundSplitState,
    view: (ctx) => [strategyTable(ctx), resultView(ctx)],
  });
}
