import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT, NARASI_PARTS, PROFIL_KEYS } from '../../src/core/layout/spec';

// docs/panduan-mengisi.md is the clerk's page for filling the sheets (Bahasa Indonesia): which
// sheet, which column, whether it must be filled, an example row. It follows src/core/layout/spec.ts
// as docs/layout.md does for developers; this fails when a sheet, column or key of spec.ts is
// missing from the page or marked wajib/tidak wajib against spec.ts.

const PAGE = readFileSync('docs/panduan-mengisi.md', 'utf8');

/** The text of one `## Sheet `X`` section. */
function section(id: string): string {
  const start = PAGE.indexOf(`## Sheet \`${id}\``);
  if (start < 0) return '';
  const next = PAGE.indexOf('\n## ', start + 1);
  return PAGE.slice(start, next < 0 ? undefined : next);
}

/** `wajib` / `tidak wajib` as written in the first cell after the name in a table row. */
function marked(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\| \`${escaped}\` \\| (wajib|tidak wajib)\\b`, 'm').exec(text)?.[1];
}

describe('docs/panduan-mengisi.md follows spec.ts', () => {
  it('has a section per sheet, saying whether the sheet is required (Riwayat: filled by the add-on)', () => {
    const wrong = LAYOUT.filter((s) => {
      const heading = section(s.id).split('\n')[0];
      if (s.id === 'Riwayat') return heading !== '## Sheet `Riwayat` (diisi otomatis)';
      return heading !== `## Sheet \`${s.id}\` (${s.required ? 'wajib' : 'tidak wajib'})`;
    });
    expect(wrong.map((s) => s.id)).toEqual([]);
  });

  it('lists every column of every sheet the clerk fills, marked wajib or tidak wajib as spec.ts says', () => {
    const wrong = LAYOUT.filter((s) => s.id !== 'Riwayat').flatMap((s) =>
      s.columns
        .filter((c) => marked(section(s.id), c.name) !== (c.required ? 'wajib' : 'tidak wajib'))
        .map((c) => `${s.id}: ${c.name} (${marked(section(s.id), c.name) ?? 'tidak ada'})`),
    );
    expect(wrong).toEqual([]);
  });

  it('names the year columns and the Riwayat columns', () => {
    for (const label of ['Target', 'Realisasi', 'Capaian']) expect(section('IKU')).toContain(`| \`${label} 2023\` |`);
    expect(section('AKIP')).toContain('| `2023` |');
    for (const c of LAYOUT.find((s) => s.id === 'Riwayat')?.columns ?? [])
      expect(section('Riwayat')).toContain(`\`${c.name}\``);
  });

  it('lists every Profil key, marked as spec.ts says, and names every Narasi part', () => {
    const wrong = PROFIL_KEYS.filter(
      (k) => marked(section('Profil'), k.key) !== (k.required ? 'wajib' : 'tidak wajib'),
    );
    expect(wrong.map((k) => k.key)).toEqual([]);
    expect(NARASI_PARTS.filter((p) => !section('Narasi').includes(`\`${p}\``))).toEqual([]);
  });

  it('gives an example row for every sheet the clerk fills', () => {
    const without = LAYOUT.filter((s) => s.id !== 'Riwayat' && !/Contoh baris|\| contoh/.test(section(s.id)));
    expect(without.map((s) => s.id)).toEqual([]);
  });

  it('names the sheet Skala SKM with its Teks and Nilai columns', () => {
    expect(marked(section('Skala SKM'), 'Teks')).toBe('wajib');
    expect(marked(section('Skala SKM'), 'Nilai')).toBe('wajib');
  });
});
