/** Counts every fake service call by `Service.Class.method` key. */
export interface CallCounter {
  hit(key: string): void;
  counts(): Record<string, number>;
  total(): number;
  reset(): void;
}

export function createCallCounter(): CallCounter {
  let byKey = new Map<string, number>();
  return {
    hit(key: string): void {
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
