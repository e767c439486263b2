/** Clock-style durations (`m:ss`), one function per unit of the input. */

/** `m:ss`, or `h:mm:ss` from an hour on, for a number of seconds (rounded; negatives read as 0:00). */
export function formatClockSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** `m:ss` for a countdown in milliseconds (rounded up, so 0:00 means done; minutes do not wrap). */
export function formatClockMs(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
