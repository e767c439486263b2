/**
 * Share codes: a learner's progress as one short line to paste into a chat. The progress (without
 * saved exercise text) is written compactly as JSON, deflated where the browser has
 * CompressionStream, followed by a CRC-32 checksum, and base64url-encoded after `ECSDOJO1-`.
 * A changed or truncated code fails the checksum and is refused.
 */
import { cleanLearnerName, type ImportResult } from './transfer.ts';
import { PROGRESS_VERSION, readDocument, type ProgressDoc } from './store.ts';
import { isRecord } from '../util/is-record.ts';

export const SHARE_PREFIX = 'ECSDOJO1-';
const MAX_CODE_LENGTH = 200_000;
const RAW = 0;
const DEFLATED = 1;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zlib polynomial) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

const STATUS_CODES = { passed: 'p', 'solved-with-help': 'h', 'in-progress': 'i' } as const;
const STATUS_NAMES = { p: 'passed', h: 'solved-with-help', i: 'in-progress' } as const;

/**
 * The compact form: short keys, statuses as one letter, quiz answers as [choice, 1|0]. Labs (`b`)
 * are written only when the learner has some; codes made before labs existed simply lack the key.
 */
function compact(doc: ProgressDoc, learner: string | undefined, now: Date): unknown {
  const map = <T, U>(record: Record<string, T> | undefined, f: (value: T) => U) =>
    Object.fromEntries(Object.entries(record ?? {}).map(([id, value]) => [id, f(value)]));
  return {
    v: PROGRESS_VERSION,
    t: now.toISOString(),
    ...(learner !== undefined ? { n: learner } : {}),
    q: map(doc.quizzes, (answer) => [answer.choice, answer.correct ? 1 : 0]),
    s: map(doc.scenarios, (status) => STATUS_CODES[status]),
    e: map(doc.exercises, (entry) => STATUS_CODES[entry.status]),
    l: map(doc.lessons, (date) => date.slice(0, 10)),
    ...(doc.labs !== undefined && Object.keys(doc.labs).length > 0
      ? { b: map(doc.labs, (status) => STATUS_CODES[status]) }
      : {}),
  };
}

/** The full document from the compact form; entries are then validated like a stored document. */
function expand(value: unknown): ImportResult {
  if (!isRecord(value) || value['v'] !== PROGRESS_VERSION) return { ok: false, reason: 'unknown-version' };
  const entries = (key: string) => (isRecord(value[key]) ? Object.entries(value[key]) : []);
  const status = (code: unknown) =>
    typeof code === 'string' && code in STATUS_NAMES ? STATUS_NAMES[code as 'p'] : undefined;
  const quizzes = entries('q').map(([id, answer]): [string, unknown] => [
    id,
    Array.isArray(answer) ? { choice: (answer as unknown[])[0], correct: answer[1] === 1 } : undefined,
  ]);
  const raw = {
    version: PROGRESS_VERSION,
    quizzes: Object.fromEntries(quizzes),
    scenarios: Object.fromEntries(entries('s').map(([id, code]) => [id, status(code)])),
    exercises: Object.fromEntries(entries('e').map(([id, code]) => [id, { status: status(code) }])),
    lessons: Object.fromEntries(entries('l')),
    ...(isRecord(value['b'])
      ? { labs: Object.fromEntries(entries('b').map(([id, code]) => [id, status(code)])) }
      : {}),
  };
  const { doc, problem } = readDocument(raw);
  if (problem) return { ok: false, reason: 'unknown-version' };
  const learner = cleanLearnerName(value['n']);
  const exportedAt = typeof value['t'] === 'string' ? value['t'].slice(0, 40) : undefined;
  return {
    ok: true,
    doc,
    ...(learner !== undefined ? { learner } : {}),
    ...(exportedAt !== undefined ? { exportedAt } : {}),
  };
}

/** Encodes progress as a share code. Deflates when CompressionStream exists. */
export async function encodeShareCode(doc: ProgressDoc, now: Date, learner?: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compact(doc, cleanLearnerName(learner), now)));
  const canDeflate = typeof CompressionStream === 'function';
  const body = canDeflate ? await pipe(json, new CompressionStream('deflate-raw')) : json;
  const bytes = new Uint8Array(body.length + 5);
  bytes[0] = canDeflate ? DEFLATED : RAW;
  bytes.set(body, 1);
  new DataView(bytes.buffer).setUint32(body.length + 1, crc32(bytes.subarray(0, body.length + 1)));
  return SHARE_PREFIX + toBase64Url(bytes);
}

/** Decodes a share code; a code that is not ours, changed or cut short is refused. Never throws. */
export async function decodeShareCode(code: string): Promise<ImportResult> {
  const trimmed = code.replace(/\s+/g, '');
  if (!trimmed.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'not-progress' };
  if (trimmed.length > MAX_CODE_LENGTH) return { ok: false, reason: 'too-large' };
  const bytes = fromBase64Url(trimmed.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length < 6) return { ok: false, reason: 'tampered' };
  const end = bytes.length - 4;
  if (new DataView(bytes.buffer).getUint32(end) !== crc32(bytes.subarray(0, end)))
    return { ok: false, reason: 'tampered' };
  try {
    const body = bytes.subarray(1, end);
    let json: Uint8Array;
    if (bytes[0] === RAW) json = body;
    else if (bytes[0] === DEFLATED && typeof DecompressionStream === 'function')
      json = await pipe(body, new DecompressionStream('deflate-raw'));
    else return { ok: false, reason: 'unknown-version' };
    if (json.length > MAX_CODE_LENGTH * 20) return { ok: false, reason: 'too-large' };
    return expand(JSON.parse(new TextDecoder().decode(json)));
  } catch {
    return { ok: false, reason: 'tampered' };
  }
}
