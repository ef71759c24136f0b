/** LockService fake: document/script/user locks shared across calls within one emulator. */
import type { CallCounter } from './call-counter.ts';

type GasLock = GoogleAppsScript.Lock.Lock;
type LockKind = 'document' | 'script' | 'user';

const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Emulator-side control of the locks (tests simulate a second click with `hold`). */
export interface LockControl {
  /** Holds the lock as "another execution"; returns a function that releases it. */
  hold(kind: LockKind): () => void;
  isHeld(kind: LockKind): boolean;
}

interface LockState {
  holders: Map<LockKind, object | null>;
}

class FakeLock implements Pick<GasLock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  private readonly token = {};

  constructor(
    private readonly counter: CallCounter,
    private readonly state: LockState,
    private readonly kind: LockKind,
  ) {}

  private acquire(): boolean {
    const holder = this.state.holders.get(this.kind) ?? null;
    if (holder !== null && holder !== this.token) return false;
    this.state.holders.set(this.kind, this.token);
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.counter.hit('LockService.Lock.tryLock');
    return this.acquire();
  }

  waitLock(timeoutInMillis: number): void {
    this.counter.hit('LockService.Lock.waitLock');
    if (!this.acquire()) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    this.counter.hit('LockService.Lock.releaseLock');
    if (this.state.holders.get(this.kind) === this.token) this.state.holders.set(this.kind, null);
  }

  hasLock(): boolean {
    this.counter.hit('LockService.Lock.hasLock');
    return this.state.holders.get(this.kind) === this.token;
  }
}

export type FakeLockService = Pick<
  GoogleAppsScript.Lock.LockService,
  'getDocumentLock' | 'getScriptLock' | 'getUserLock'
>;

export function createLockService(counter: CallCounter): { service: FakeLockService; control: LockControl } {
  const state: LockState = { holders: new Map() };
  const make = (kind: LockKind): GasLock => new FakeLock(counter, state, kind) as unknown as GasLock;
  const service: FakeLockService = {
    getDocumentLock(): GasLock {
      counter.hit('LockService.getDocumentLock');
      return make('document');
    },
    getScriptLock(): GasLock {
      counter.hit('LockService.getScriptLock');
      return make('script');
    },
    getUserLock(): GasLock {
      counter.hit('LockService.getUserLock');
      return make('user');
    },
  };
  const control: LockControl = {
    hold(kind: LockKind): () => void {
      const token = {};
      const holder = state.holders.get(kind) ?? null;
      if (holder !== null) throw new Error(`The ${kind} lock is already held`);
      state.holders.set(kind, token);
      return () => {
        if (state.holders.get(kind) === token) state.holders.set(kind, null);
      };
    },
    isHeld(kind: LockKind): boolean {
      return (state.holders.get(kind) ?? null) !== null;
    },
  };
  return { service, control };
}
