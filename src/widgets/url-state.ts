/**
 * Widget state in the page URL, so a link reproduces exactly what a learner saw and a reload keeps
 * it. Each widget owns one query parameter holding its state as base64url-encoded JSON. Decoding
 * never throws: anything malformed, oversized or of the wrong shape yields `undefined` and the
 * widget falls back to its start state.
 */
const MAX_ENCODED_LENGTH = 4000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Encodes a JSON-compatible state for a URL parameter. */
export function encodeState(state: unknown): string {
  return toBase64Url(JSON.stringify(state));
}

/** Decodes a parameter value; `undefined` for anything that is not valid encoded JSON. */
export function decodeState(encoded: string | null | undefined): unknown {
  if (!encoded || encoded.length > MAX_ENCODED_LENGTH || !/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined;
  try {
    return JSON.parse(fromBase64Url(encoded), (key, value: unknown) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
    );
  } catch {
    return undefined;
  }
}

/** Reads one widget's parameter from a URL. */
export function readStateParam(url: URL, key: string): unknown {
  return decodeState(url.searchParams.get(key));
}

/** Returns a copy of the URL with the widget's parameter set (or removed when `state` is undefined). */
export function withStateParam(url: URL, key: string, state: unknown): URL {
  const next = new URL(url);
  if (state === undefined) next.searchParams.delete(key);
  else next.searchParams.set(key, encodeState(state));
  return next;
}

/** A copy of the URL that opens at the element with `id` (the widget's heading). */
export function withAnchor(url: URL, id: string | undefined): URL {
  const next = new URL(url.href);
  next.hash = id ? encodeURIComponent(id) : '';
  return next;
}
