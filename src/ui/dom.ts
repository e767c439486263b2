/**
 * A tiny element builder for the widgets. Text is always set with textContent, never parsed as
 * HTML, so nothing a learner types (or puts in a shared URL) can become markup.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

function applyAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function appendChildren(element: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Creates an HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyAttrs(element, attrs);
  appendChildren(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and children. */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttrs(element, attrs);
  appendChildren(element, children);
  return element;
}

/** A labelled number input; calls `onChange` with the parsed value (NaN when empty or invalid). */
export function numberField(options: {
  label: string;
  value: number;
  min?: number;
  max?: number;
  step?: number;
  id: string;
  onChange: (value: number) => void;
}): HTMLElement {
  const input = h('input', {
    type: 'number',
    id: options.id,
    value: options.value,
    min: options.min,
    max: options.max,
    step: options.step ?? 1,
    inputmode: 'numeric',
  });
  input.addEventListener('change', () => options.onChange(input.valueAsNumber));
  return h('div', { class: 'dw-field' }, h('label', { for: options.id }, options.label), input);
}

/** A labelled select; calls `onChange` with the chosen value. */
export function selectField(options: {
  label: string;
  value: string;
  id: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}): HTMLElement {
  const select = h('select', { id: options.id });
  for (const choice of options.choices) {
    const option = h('option', { value: choice.value }, choice.label);
    option.selected = choice.value === options.value;
    select.append(option);
  }
  select.addEventListener('change', () => options.onChange(select.value));
  return h('div', { class: 'dw-field' }, h('label', { for: options.id }, options.label), select);
}

/** A labelled checkbox. */
export function checkboxField(options: {
  label: string;
  checked: boolean;
  id: string;
  onChange: (checked: boolean) => void;
}): HTMLElement {
  const input = h('input', { type: 'checkbox', id: options.id });
  input.checked = options.checked;
  input.addEventListener('change', () => options.onChange(input.checked));
  return h(
    'div',
    { class: 'dw-field dw-field--check' },
    input,
    h('label', { for: options.id }, options.label),
  );
}

/**
 * Wraps an async event handler so that its failure is logged: a listener's rejected promise would
 * otherwise vanish unhandled, leaving a click that seems to do nothing and no trace of why.
 */
export function logFailures<A extends unknown[]>(
  handler: (...args: A) => Promise<unknown>,
): (...args: A) => void {
  return (...args) => {
    handler(...args).catch((error: unknown) => console.error(error));
  };
}
