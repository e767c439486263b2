/** Reading input with a size limit from the first byte: `/dev/zero` or a 5 GB file are never read whole. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The most the CLI reads from one input. The grader refuses far less (256 KiB JSON, 128 KiB YAML). */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type ReadOutcome =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: 'not-found' | 'directory' | 'unreadable' | 'too-large' | 'binary';
      readonly detail: string;
    };

const CHUNK = 64 * 1024;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads an open descriptor until EOF or until more than `limit` bytes have arrived. */
function readFd(fd: number, limit: number): ReadOutcome {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') {
        sleep(5);
        continue;
      }
      if (code === 'EOF') break;
      return { ok: false, code: 'unreadable', detail: code ?? String(e) };
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > limit) return { ok: false, code: 'too-large', detail: `more than ${limit} bytes` };
  }
  const bytes = Buffer.concat(chunks, total);
  if (bytes.includes(0)) return { ok: false, code: 'binary', detail: 'contains NUL bytes' };
  return { ok: true, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** Reads a file (or `-` for standard input), refusing anything over `limit` bytes as soon as it is exceeded. */
export function readLimited(path: string, limit = MAX_INPUT_BYTES): ReadOutcome {
  if (path === '-') return readFd(0, limit);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return { ok: false, code: 'not-found', detail: 'no such file' };
    if (code === 'EISDIR') return { ok: false, code: 'directory', detail: 'is a folder' };
    return { ok: false, code: 'unreadable', detail: code ?? String(e) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, code: 'directory', detail: 'is a folder' };
    if (st.isFile() && st.size > limit) return { ok: false, code: 'too-large', detail: `${st.size} bytes` };
    return readFd(fd, limit);
  } catch (e) {
    return { ok: false, code: 'unreadable', detail: (e as { code?: string }).code ?? String(e) };
  } finally {
    closeSync(fd);
  }
}
