/** An entry of an {@link EventQueue}: ordered by `time`, then by insertion order. */
export interface QueuedEvent<T> {
  time: number;
  seq: number;
  payload: T;
}

/**
 * A binary min-heap of events ordered by time, then by sequence number, so events at the same
 * time are processed in the order they were scheduled. Discrete-event simulations pop from it.
 */
export class EventQueue<T> {
  private readonly heap: QueuedEvent<T>[] = [];
  private nextSeq = 0;

  /** Number of events waiting. */
  get size(): number {
    return this.heap.length;
  }

  /** Schedules `payload` at `time`. */
  push(time: number, payload: T): void {
    const heap = this.heap;
    heap.push({ time, seq: this.nextSeq++, payload });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as QueuedEvent<T>, heap[parent] as QueuedEvent<T>)) break;
      swap(heap, i, parent);
      i = parent;
    }
  }

  /** Time of the earliest event, or undefined if empty. */
  peekTime(): number | undefined {
    return this.heap[0]?.time;
  }

  /** Removes and returns the earliest event. */
  pop(): QueuedEvent<T> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l] as QueuedEvent<T>, heap[m] as QueuedEvent<T>)) m = l;
      if (r < heap.length && before(heap[r] as QueuedEvent<T>, heap[m] as QueuedEvent<T>)) m = r;
      if (m === i) break;
      swap(heap, i, m);
      i = m;
    }
    return top;
  }
}

function before<T>(a: QueuedEvent<T>, b: QueuedEvent<T>): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

function swap<T>(arr: T[], i: number, j: number): void {
  const t = arr[i] as T;
  arr[i] = arr[j] as T;
  arr[j] = t;
}
