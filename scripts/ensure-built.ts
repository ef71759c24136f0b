/**
 * The CLI and the preview server run the BUILT add-on (dist/). Both call ensureBuilt first, so
 * they never run a bundle older than the sources it was built from.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/** What dist/ is built from (paths from the repository root). */
const SOURCES = ['src', 'sidebar', 'appsscript.json', 'scripts/build.ts'];
const OUTPUTS = ['lkjip.js', 'functions.js', 'sidebar.html', 'appsscript.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newestMtime(join(path, f))), st.mtimeMs);
}

/** The oldest output's time, 0 when one is missing. */
function builtAt(distDir: string): number {
  const times = OUTPUTS.map((f) => join(distDir, f)).map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0));
  return Math.min(...times);
}

export function isStale(distDir = DIST): boolean {
  const built = builtAt(distDir);
  return built === 0 || SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

/**
 * Builds the project's dist/ when it is missing, incomplete or older than any source. Another
 * `distDir` (tests) is not built here: it must already hold a complete build.
 */
export async function ensureBuilt(distDir = DIST): Promise<void> {
  if (resolve(distDir) !== DIST) {
    if (builtAt(distDir) === 0)
      throw new Error(`Hasil build tidak lengkap di ${distDir} (perlu ${OUTPUTS.join(', ')}).`);
    return;
  }
  if (isStale(distDir)) await buildAll();
}
