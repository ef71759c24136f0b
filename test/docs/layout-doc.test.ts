import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITY } from '../../src/core/layout/findings';
import { IKM_PROFILE_COLUMNS, LAYOUT, NARASI_PARTS, NARASI_SYNONYMS, PROFIL_KEYS } from '../../src/core/layout/spec';

// docs/layout.md describes src/core/layout/spec.ts and findings.ts in words; this keeps the two
// from drifting apart: every name the code knows is on the page, written as code (`Name`).

const DOC = readFileSync('docs/layout.md', 'utf8');
const named = (name: string) => DOC.includes(`\`${name}\``);

describe('docs/layout.md', () => {
  it('names every sheet of spec.ts', () => {
    expect(LAYOUT.map((s) => s.id).filter((id) => !named(id))).toEqual([]);
  });

  it('names every column and every synonym of every sheet', () => {
    const missing = LAYOUT.flatMap((s) =>
      s.columns.flatMap((c) => [c.name, ...(c.synonyms ?? [])].map((n) => `${s.id}: ${n}`)),
    ).filter((entry) => !named(entry.split(': ')[1]));
    expect(missing).toEqual([]);
  });

  it('names every Profil key with its synonyms, every Narasi part with its synonyms and the IKM profile columns', () => {
    const names = [
      ...PROFIL_KEYS.flatMap((k) => [k.key, ...(k.synonyms ?? [])]),
      ...NARASI_PARTS,
      ...Object.values(NARASI_SYNONYMS).flat(),
      ...IKM_PROFILE_COLUMNS,
    ];
    expect(names.filter((n) => !named(n))).toEqual([]);
  });

  it('lists every finding code with its severity', () => {
    const rows = Object.entries(SEVERITY).filter(
      ([code, severity]) => !new RegExp(`\\| \`${code}\` \\| ${severity} \\|`).test(DOC),
    );
    expect(rows).toEqual([]);
  });

  it('says which year columns IKU and AKIP take', () => {
    expect(DOC).toContain('`Target YYYY`');
    expect(DOC).toContain('`Realisasi YYYY`');
    expect(DOC).toContain('`Capaian YYYY`');
    expect(DOC).toMatch(/bare `2023` on AKIP/);
  });
});

describe('the repository carries its own documentation', () => {
  it('no tracked file points at shared/', () => {
    // git grep exits 1 when nothing matches; its output is what matters.
    const r = spawnSync('git', ['grep', '-n', 'shared/', '--', '.', ':!test/docs/layout-doc.test.ts'], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe('');
  });
});
