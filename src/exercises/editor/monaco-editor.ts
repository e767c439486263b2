/**
 * Monaco for the exercise pages. Imported lazily (dynamic import) only when an editor is about to be
 * used, so no other page pays for it. The editor core and the JSON and YAML languages are bundled
 * (no other languages); the workers come from our own build (Vite `?worker`), never from a CDN.
 * monaco-editor is pinned to 0.55.1 (0.56+ points `monaco-editor/esm/vs/*` at paths that do not
 * exist). Since 0.54, monaco.editor.createWebWorker takes a Worker rather than a module id and
 * create data, which monaco-yaml's worker manager still passes: see `yamlCompatibleMonaco`.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
// Every editor feature: hover, completion, folding, Ctrl+M tab focus mode…
import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as jsonContribution from 'monaco-editor/esm/vs/language/json/monaco.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';
import type { Finding, Kind, Lang, SourceFormat } from '../grader/index.ts';
import { schemaFor } from './schemas.ts';

/** The part of Monaco's JSON defaults we use (its contribution module ships no types). */
interface JsonDefaults {
  setDiagnosticsOptions(options: {
    validate: boolean;
    allowComments: boolean;
    enableSchemaRequest: boolean;
    schemas: { uri: string; fileMatch: string[]; schema: unknown }[];
  }): void;
}

/** CloudFormation short-form tags, so YAML validation does not flag `!Ref` and friends. */
const CFN_TAGS = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'FindInMap',
  'ImportValue',
  'Base64',
  'GetAZs',
  'Cidr',
  'And',
  'Or',
  'Not',
  'Condition',
].flatMap((name) => [`!${name} scalar`, `!${name} sequence`, `!${name} mapping`]);

export interface EditorOptions {
  readonly host: HTMLElement;
  readonly id: string;
  readonly value: string;
  readonly format: SourceFormat;
  readonly kind: Kind;
  readonly lang: Lang;
  readonly ariaLabel: string;
  readonly onChange: (value: string) => void;
}

/** What the exercise element needs from an editor. */
export interface EditorHandle {
  getValue(): string;
  setValue(value: string): void;
  setFindings(findings: readonly Finding[]): void;
  /** Moves the cursor to a 1-based line and column, scrolls it into view and focuses the editor. */
  revealPosition(line: number, column: number): void;
  focus(): void;
  dispose(): void;
}

let environmentReady = false;

function setUpEnvironment(): void {
  if (environmentReady) return;
  environmentReady = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      if (label === 'json') return new JsonWorker();
      if (label === 'yaml') return new YamlWorker();
      return new EditorWorker();
    },
  };
}

type WebWorkerOptions = Parameters<typeof monaco.editor.createWebWorker>[0];
/** What monaco-yaml's worker manager (monaco-worker-manager 2) passes: the pre-0.54 options. */
interface LegacyWorkerOptions {
  moduleId: string;
  label: string;
  createData: unknown;
}

/**
 * Monaco as monaco-yaml expects it: `editor.createWebWorker` also accepts the old
 * `{ moduleId, label, createData }`. We start the YAML worker ourselves and hand it its create
 * data the way its bootstrap (monaco-worker-manager/worker) waits for it: a first message that
 * starts initialisation, then the create data; Monaco's own protocol follows.
 */
function yamlCompatibleMonaco(): typeof monaco {
  const createWebWorker = (options: WebWorkerOptions | LegacyWorkerOptions) => {
    if (!('moduleId' in options)) return monaco.editor.createWebWorker(options);
    const worker = new YamlWorker();
    worker.postMessage('initialize');
    worker.postMessage(options.createData);
    return monaco.editor.createWebWorker({ worker });
  };
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as typeof monaco;
}

function configureSchemas(uri: string, kind: Kind, lang: Lang, format: SourceFormat): void {
  const { uri: schemaUri, schema } = schemaFor(kind, lang);
  const schemas = [{ uri: schemaUri, fileMatch: [uri], schema }];
  if (format === 'json') {
    const defaults = (jsonContribution as unknown as { jsonDefaults: JsonDefaults }).jsonDefaults;
    defaults.setDiagnosticsOptions({
      validate: true,
      allowComments: false,
      enableSchemaRequest: false,
      schemas,
    });
  } else {
    configureMonacoYaml(yamlCompatibleMonaco(), {
      enableSchemaRequest: false,
      validate: true,
      completion: true,
      hover: true,
      customTags: CFN_TAGS,
      schemas: schemas as { uri: string; fileMatch: string[]; schema: JSONSchema }[],
    });
  }
}

function themeName(): string {
  return document.documentElement.dataset['theme'] === 'light' ? 'vs' : 'vs-dark';
}

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

function toMarker(model: monaco.editor.ITextModel, finding: Finding): monaco.editor.IMarkerData {
  const line = Math.min(Math.max(finding.line, 1), model.getLineCount());
  const startColumn = Math.max(finding.column, 1);
  // A finding about an object spans many lines; underline only its first line to keep the editor calm.
  const sameLine = (finding.endLine ?? line) === line && finding.endColumn !== undefined;
  const endColumn =
    sameLine && (finding.endColumn ?? 0) > startColumn
      ? (finding.endColumn ?? 0)
      : model.getLineMaxColumn(line);
  return {
    severity: SEVERITY[finding.severity],
    message: finding.message,
    code: finding.ruleId,
    source: 'ECS Dojo',
    startLineNumber: line,
    startColumn,
    endLineNumber: line,
    endColumn,
  };
}

/** Creates a Monaco editor in `host`, wired to the exercise's schema and theme. */
export function createEditor(options: EditorOptions): EditorHandle {
  setUpEnvironment();
  const uri = monaco.Uri.parse(`inmemory://ecs-dojo/${options.id}.${options.format}`);
  configureSchemas(uri.toString(), options.kind, options.lang, options.format);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(options.value, options.format, uri);
  model.setValue(options.value);
  const editor = monaco.editor.create(options.host, {
    model,
    theme: themeName(),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    tabSize: 2,
    scrollBeyondLastLine: false,
    ariaLabel: options.ariaLabel,
    accessibilitySupport: 'auto',
    fixedOverflowWidgets: true,
  });
  const themeObserver = new MutationObserver(() => monaco.editor.setTheme(themeName()));
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const change = model.onDidChangeContent(() => options.onChange(model.getValue()));
  return {
    getValue: () => model.getValue(),
    setValue: (value) => model.setValue(value),
    setFindings: (findings) =>
      monaco.editor.setModelMarkers(
        model,
        'ecs-dojo',
        findings.map((f) => toMarker(model, f)),
      ),
    revealPosition: (line, column) => {
      const lineNumber = Math.min(Math.max(line, 1), model.getLineCount());
      const position = { lineNumber, column: Math.max(column, 1) };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    },
    focus: () => editor.focus(),
    dispose: () => {
      themeObserver.disconnect();
      change.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
