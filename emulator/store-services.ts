/** PropertiesService and CacheService fakes (in-memory key/value stores). */
import type { CallCounter } from './call-counter.ts';

type GasProperties = GoogleAppsScript.Properties.Properties;
type GasCache = GoogleAppsScript.Cache.Cache;

class FakeProperties
  implements
    Pick<
      GasProperties,
      | 'getProperty'
      | 'setProperty'
      | 'getProperties'
      | 'setProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
      | 'getKeys'
    >
{
  readonly data = new Map<string, string>();

  constructor(private readonly counter: CallCounter) {}

  private self(): GasProperties {
    return this as unknown as GasProperties;
  }

  getProperty(key: string): string | null {
    this.counter.hit('PropertiesService.Properties.getProperty');
    return this.data.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): GasProperties {
    this.counter.hit('PropertiesService.Properties.setProperty');
    this.data.set(String(key), String(value));
    return this.self();
  }

  getProperties(): { [key: string]: string } {
    this.counter.hit('PropertiesService.Properties.getProperties');
    return Object.fromEntries(this.data);
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GasProperties {
    this.counter.hit('PropertiesService.Properties.setProperties');
    if (deleteAllOthers) this.data.clear();
    for (const [k, v] of Object.entries(properties)) this.data.set(k, String(v));
    return this.self();
  }

  deleteProperty(key: string): GasProperties {
    this.counter.hit('PropertiesService.Properties.deleteProperty');
    this.data.delete(String(key));
    return this.self();
  }

  deleteAllProperties(): GasProperties {
    this.counter.hit('PropertiesService.Properties.deleteAllProperties');
    this.data.clear();
    return this.self();
  }

  getKeys(): string[] {
    this.counter.hit('PropertiesService.Properties.getKeys');
    return [...this.data.keys()];
  }
}

export type FakePropertiesService = Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
>;

export function createPropertiesService(counter: CallCounter): FakePropertiesService {
  const document = new FakeProperties(counter);
  const script = new FakeProperties(counter);
  const user = new FakeProperties(counter);
  return {
    getDocumentProperties(): GasProperties {
      counter.hit('PropertiesService.getDocumentProperties');
      return document as unknown as GasProperties;
    },
    getScriptProperties(): GasProperties {
      counter.hit('PropertiesService.getScriptProperties');
      return script as unknown as GasProperties;
    },
    getUserProperties(): GasProperties {
      counter.hit('PropertiesService.getUserProperties');
      return user as unknown as GasProperties;
    },
  };
}

/** Apps Script caps a cached value at 100 KB and a key at 250 characters. */
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_KEY_LENGTH = 250;
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

class FakeCache implements Pick<GasCache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  private readonly data = new Map<string, { value: string; expires: number }>();

  constructor(
    private readonly counter: CallCounter,
    private readonly now: () => number,
  ) {}

  private live(key: string): string | null {
    const entry = this.data.get(key);
    if (!entry) return null;
    if (entry.expires <= this.now()) {
      this.data.delete(key);
      return null;
    }
    return entry.value;
  }

  private store(key: string, value: unknown, ttl?: number): void {
    const k = String(key);
    if (k.length > MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const seconds = Math.min(ttl ?? DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS);
    this.data.set(k, { value: v, expires: this.now() + seconds * 1000 });
  }

  get(key: string): string | null {
    this.counter.hit('CacheService.Cache.get');
    return this.live(String(key));
  }

  getAll(keys: string[]): { [key: string]: any } {
    this.counter.hit('CacheService.Cache.getAll');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.live(String(key));
      if (v !== null) out[key] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.counter.hit('CacheService.Cache.put');
    this.store(key, value, expirationInSeconds);
  }

  putAll(values: { [key: string]: any }, expirationInSeconds?: number): void {
    this.counter.hit('CacheService.Cache.putAll');
    for (const [k, v] of Object.entries(values)) this.store(k, v, expirationInSeconds);
  }

  remove(key: string): void {
    this.counter.hit('CacheService.Cache.remove');
    this.data.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.counter.hit('CacheService.Cache.removeAll');
    for (const k of keys) this.data.delete(String(k));
  }
}

export type FakeCacheService = Pick<
  GoogleAppsScript.Cache.CacheService,
  'getDocumentCache' | 'getScriptCache' | 'getUserCache'
>;

export function createCacheService(counter: CallCounter, now: () => number = Date.now): FakeCacheService {
  const document = new FakeCache(counter, now);
  const script = new FakeCache(counter, now);
  const user = new FakeCache(counter, now);
  return {
    getDocumentCache(): GasCache | null {
      counter.hit('CacheService.getDocumentCache');
      return document as unknown as GasCache;
    },
    getScriptCache(): GasCache {
      counter.hit('CacheService.getScriptCache');
      return script as unknown as GasCache;
    },
    getUserCache(): GasCache {
      counter.hit('CacheService.getUserCache');
      return user as unknown as GasCache;
    },
  };
}
