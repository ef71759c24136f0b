/** Runs the built bundle (dist/*.js, plain Apps Script-style scripts) in a node:vm context. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Emulator } from './index.ts';

/** The vm context: the fakes plus every top-level function/var the bundle declared. */
// biome-ignore lint/suspicious/noExplicitAny: the bundle's top-level functions are plain JavaScript, untyped here
export type BundleContext = vm.Context & Record<string, any>;

const SERVICE_NAMES = [
  'SpreadsheetApp',
  'DocumentApp',
  'Docs',
  'Drive',
  'HtmlService',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Session',
  'Utilities',
  'ScriptApp',
  'UrlFetchApp',
  'DriveApp',
] as const;

function bundleFiles(distDir: string): string[] {
  const files = readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  if (files.length === 0) throw new Error(`No .js files in ${path.resolve(distDir)} (run npm run build first)`);
  return files.map((f) => path.resolve(distDir, f));
}

function runAll(context: vm.Context, distDir: string): void {
  for (const file of bundleFiles(distDir)) {
    vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  }
}

/** A fresh context whose globals are the emulator's fakes, with every dist/*.js run in it (sorted by name). */
export function loadBundle(emulator: Emulator, distDir = 'dist'): BundleContext {
  const context = vm.createContext({ ...emulator.globals });
  runAll(context, distDir);
  return context as BundleContext;
}

/**
 * A context where every service global throws on access: proves nothing touches a service at
 * load time (or inside a custom function called on the returned context).
 */
export function loadBundleWithoutServices(distDir = 'dist'): BundleContext {
  const sandbox: Record<string, unknown> = { console, Date };
  for (const name of SERVICE_NAMES) {
    Object.defineProperty(sandbox, name, {
      enumerable: true,
      get() {
        throw new Error(`${name} was accessed, but services are not available here (load time or custom function).`);
      },
    });
  }
  const context = vm.createContext(sandbox);
  runAll(context, distDir);
  return context as BundleContext;
}
