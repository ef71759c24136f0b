import { describe, expect, it, vi } from 'vitest';
import { readWorkbook } from '../../../src/core/layout/read-workbook';
import { buildReport } from '../../../src/core/report/build-report';
import { ikuBesar } from './report-cases';

// BAB IV counted: the full form of a report too long for it must stop before BAB IV is built.
const bab4 = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/core/report/bab4-penutup', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/report/bab4-penutup')>();
  return {
    ...actual,
    bab4Blocks: (...args: Parameters<typeof actual.bab4Blocks>) => {
      bab4.calls++;
      return actual.bab4Blocks(...args);
    },
  };
});

describe('a full form past FULL_FORM_MAX_CHARS is let go as soon as it is too long (docs/rules.md#the-report-at-scale)', () => {
  it('500 indicators: the full form stops in BAB III; BAB IV is built once, for the compact form; each chapter named once', () => {
    const parts: string[] = [];
    const doc = buildReport(readWorkbook(ikuBesar()).workbook, {
      generatedAt: new Date('2024-02-01T03:00:00Z'),
      onPart: (p) => parts.push(p),
    });
    expect(bab4.calls).toBe(1);
    expect(parts).toEqual(['BAB I', 'BAB II', 'BAB III', 'BAB IV']);
    expect(doc.catatan).toEqual([
      'Laporan memuat 500 indikator kinerja; dalam bentuk lengkap panjangnya melebihi 300.000 karakter. Karena itu laporan disusun dalam bentuk ringkas: capaian disajikan per sasaran, dengan satu tabel dan satu analisis untuk setiap sasaran.',
    ]);
  });
});
