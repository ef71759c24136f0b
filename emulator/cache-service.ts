/** CacheService fake: the user cache, an in-memory key/value store with expiry and Google's limits. */
import type { CallCounter } from './call-counter.ts';

type GasCache = GoogleAppsScript.Cache.Cache;

/** Apps Script caps a cached value at 100 KB and a key at 250 characters. */
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_KEY_LENGTH = 250;
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

class FakeCache implements Pick<GasCache, 'get' | 'put'> {
  private readonly data = new Map<string, { value: string; expires: number }>();

  constructor(
    private readonly counter: CallCounter,
    private readonly now: () => number,
  ) {}

  get(key: string): string | null {
    this.counter.hit('CacheService.Cache.get');
    const k = String(key);
    const entry = this.data.get(k);
    if (!entry) return null;
    if (entry.expires <= this.now()) {
      this.data.delete(k);
      return null;
    }
    return entry.value;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.counter.hit('CacheService.Cache.put');
    const k = String(key);
    if (k.length > MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const seconds = Math.min(expirationInSeconds ?? DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS);
    this.data.set(k, { value: v, expires: this.now() + seconds * 1000 });
  }
}

export type FakeCacheService = Pick<GoogleAppsScript.Cache.CacheService, 'getUserCache'>;

export function createCacheService(counter: CallCounter, now: () => number = Date.now): FakeCacheService {
  const user = new FakeCache(counter, now);
  return {
    getUserCache(): GasCache {
      counter.hit('CacheService.getUserCache');
      return user as unknown as GasCache;
    },
  };
}
