/** Counts every fake service call by `Service.Class.method` key. */
export interface CallCounter {
  hit(key: string): void;
  counts(): Record<string, number>;
  total(): number;
  reset(): void;
}

/** Every key any counter of this module instance has seen: what a test run really called. */
const seen = new Set<string>();

export function keysSeen(): ReadonlySet<string> {
  return seen;
}

export function createCallCounter(): CallCounter {
  let byKey = new Map<string, number>();
  return {
    hit(key: string): void {
      seen.add(key);
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    },
    counts(): Record<string, number> {
      const out: Record<string, number> = {};
      for (const key of [...byKey.keys()].sort()) out[key] = byKey.get(key)!;
      return out;
    },
    total(): number {
      let sum = 0;
      for (const n of byKey.values()) sum += n;
      return sum;
    },
    reset(): void {
      byKey = new Map();
    },
  };
}
