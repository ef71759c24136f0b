import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests leave nothing behind in shared places: a screenshot or output file goes under the test's
// own temporary folder (mkdtemp), never a fixed path like /tmp/preview.png.
describe('test files write only under their own temporary folder', () => {
  it('no test names a fixed /tmp path', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const offenders = files('test').filter((f) => /['"`]\/tmp\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
