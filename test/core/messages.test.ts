import { describe, expect, it } from 'vitest';
import type { Finding, RawWorkbook } from '../../src/core/layout/model';
import type { CellValue } from '../../src/core/numbers';
import { describeValue } from '../../src/core/numbers';
import { shorten } from '../../src/core/shorten';
import { validateWorkbook } from '../../src/core/validate/validate-workbook';
import { exampleWith } from './layout/example-workbook';

// What every finding message owes the user: it ends with what to do, and says each thing once.

function findingsOf(changes: Record<string, Record<string, CellValue>>, edit?: (raw: RawWorkbook) => void): Finding[] {
  return validateWorkbook(exampleWith(changes, edit)).findings;
}

/** The example's own warnings and one hand-broken copy per kind of mistake. */
const FINDINGS: Finding[] = [
  ...findingsOf({}),
  ...findingsOf({}, (raw) => {
    raw.sheets = raw.sheets.filter((s) => s.name !== 'Profil');
  }),
  ...findingsOf({ DPA: { G1: 'Unit', E3: 'lima juta', H4: 2600000, A2: '7.1.1' } }),
  ...findingsOf({ IKM: { G2: 5 }, AKIP: { C6: 120, F7: 71, E8: 'A' } }),
  ...findingsOf({ IKU: { P2: 3.52, L2: 0, F2: 'Naik' } }),
  ...findingsOf({ Profil: { B2: '', B6: '', B9: '19781307 201001 1 013' } }),
  ...findingsOf({}, (raw) => {
    const profil = raw.sheets.find((x) => x.name === 'Profil')!;
    profil.values = profil.values.filter((row) => row[0] !== 'Jabatan Pimpinan');
  }),
];

/** Verbs a fix starts with, in the imperative. */
const FIX =
  /\b(Isi|Perbaiki|Periksa|Tambahkan|Hapus|Samakan|Ketik|Sisipkan|Pindahkan|Buat|Jalankan|Pastikan|Kosongkan|Ganti|Gunakan|Pakai|Tulis|Pilih)\b/;

/** The last sentence (messages may quote decimals like 99,72 or 7.01.01, so split on ". " only). */
function lastSentence(message: string): string {
  const parts = message.trim().split(/\.\s+(?=[A-Z(])/);
  return parts[parts.length - 1];
}

describe('finding messages', () => {
  it('cover the codes this test means to cover', () => {
    const codes = new Set(FINDINGS.map((f) => f.code));
    for (const code of [
      'missing-sheet',
      'missing-column',
      'not-a-number',
      'missing-value',
      'out-of-range',
      'capaian-mismatch',
      'akip-total-mismatch',
      'predikat-mismatch',
      'target-zero',
      'bad-nip',
    ])
      expect(codes, code).toContain(code);
  });

  it('each ends with its fix (today IKU!Q2, AKIP!E8 and F8 of the example end without one)', () => {
    const without = FINDINGS.filter((f) => !FIX.test(lastSentence(f.message))).map(
      (f) => `${f.code} ${f.sheet}!${f.cell}: ${f.message}`,
    );
    expect(without).toEqual([]);
  });

  it('never says the same thing twice ("Sel Nama Instansi kosong; Nama Instansi wajib diisi")', () => {
    const missing = FINDINGS.filter((f) => f.code === 'missing-value' && f.sheet === 'Profil');
    expect(missing.length).toBeGreaterThan(0);
    const keys = ['Nama Instansi', 'Nama Pimpinan'];
    for (const key of keys) {
      const f = missing.find((x) => x.message.startsWith(key))!;
      expect(f, key).toBeDefined();
      // The key is named once; the cell the message belongs to says where.
      expect(f.message.split(key).length - 1, f.message).toBe(1);
      expect(f.message).not.toMatch(/kosong; .* wajib diisi/);
    }
    expect(missing.map((f) => f.message)).toContain(
      'Nama Instansi wajib diisi, tetapi selnya kosong. Isi sel ini (kolom Nilai).',
    );
    expect(missing.map((f) => f.message)).toContain(
      'Baris dengan Kunci "Jabatan Pimpinan" wajib ada, tetapi tidak ditemukan. Tambahkan baris itu dan isi kolom Nilainya.',
    );
  });

  it('say a missing sheet does not exist yet and name the Buat Template button', () => {
    const f = FINDINGS.find((x) => x.code === 'missing-sheet' && x.sheet === 'Profil')!;
    expect(f.message).toMatch(/^Sheet "Profil" belum ada; /);
    expect(f.message).toContain('tombol Buat Template');
    expect(f.message).not.toMatch(/dihapus|tidak ditemukan lagi/);
  });
});

describe('shorten', () => {
  it('cuts a long text at a word boundary and marks the cut with …', () => {
    const uraian = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota pada Kecamatan Lima Puluh Pesisir';
    const cut = shorten(uraian, 60);
    expect(cut).toBe('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota…');
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(uraian.startsWith(cut.slice(0, -1))).toBe(true);
    expect(uraian[cut.length - 1]).toBe(' '); // the cut falls where a word ended
  });

  it('keeps a short text as it is, and cuts one over-long word inside it', () => {
    expect(shorten('  dua  ', 40)).toBe('  dua  ');
    expect(shorten('x'.repeat(50), 40)).toBe(`${'x'.repeat(39)}…`);
  });

  it('is what a long text in a message goes through', () => {
    expect(describeValue('sembilan puluh delapan koma tujuh puluh dua persen')).toBe(
      '"sembilan puluh delapan koma tujuh puluh…"',
    );
  });
});
