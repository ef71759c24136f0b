/** LockService fake: the document lock, shared across calls within one emulator. */
import type { CallCounter } from './call-counter.ts';

type GasLock = GoogleAppsScript.Lock.Lock;
type LockKind = 'document';

/** Emulator-side control of the lock (tests simulate a second click with `hold`). */
export interface LockControl {
  /** Holds the lock as "another execution"; returns a function that releases it. */
  hold(kind: LockKind): () => void;
  isHeld(kind: LockKind): boolean;
}

type Holders = Map<LockKind, object | null>;

class FakeLock implements Pick<GasLock, 'tryLock' | 'releaseLock'> {
  private readonly token = {};

  constructor(
    private readonly counter: CallCounter,
    private readonly holders: Holders,
    private readonly kind: LockKind,
  ) {}

  /** Another holder makes it fail at once: the emulator has no second execution to wait for. */
  tryLock(_timeoutInMillis: number): boolean {
    this.counter.hit('LockService.Lock.tryLock');
    const holder = this.holders.get(this.kind) ?? null;
    if (holder !== null && holder !== this.token) return false;
    this.holders.set(this.kind, this.token);
    return true;
  }

  releaseLock(): void {
    this.counter.hit('LockService.Lock.releaseLock');
    if (this.holders.get(this.kind) === this.token) this.holders.set(this.kind, null);
  }
}

export type FakeLockService = Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>;

export function createLockService(counter: CallCounter): { service: FakeLockService; control: LockControl } {
  const holders: Holders = new Map();
  const service: FakeLockService = {
    getDocumentLock(): GasLock {
      counter.hit('LockService.getDocumentLock');
      return new FakeLock(counter, holders, 'document') as unknown as GasLock;
    },
  };
  const control: LockControl = {
    hold(kind: LockKind): () => void {
      const token = {};
      if ((holders.get(kind) ?? null) !== null) throw new Error(`The ${kind} lock is already held`);
      holders.set(kind, token);
      return () => {
        if (holders.get(kind) === token) holders.set(kind, null);
      };
    },
    isHeld(kind: LockKind): boolean {
      return (holders.get(kind) ?? null) !== null;
    },
  };
  return { service, control };
}
