import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';

describe('npm start (preview server)', () => {
  it('a port already in use is said in Indonesian, with the way out', async () => {
    const first = await startServer({ port: 0 });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startServer({ port })).rejects.toThrow(
        `Port ${port} sudah dipakai program lain (mungkin pratinjau yang masih berjalan). Hentikan program itu, atau pakai port lain: PORT=${port + 1} npm start`,
      );
    } finally {
      await first.close();
    }
  });

  it('a missing workbook file, or one that is not JSON, is said in Indonesian (with line and column)', async () => {
    await expect(startServer({ port: 0, workbookPath: 'tidak-ada.json' })).rejects.toThrow(
      'Berkas tidak ditemukan: tidak-ada.json',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'lkjip-serve-')), 'rusak.json');
    writeFileSync(file, '{\n  "name": "x",\n  "sheets": [}\n');
    await expect(startServer({ port: 0, workbookPath: file })).rejects.toThrow(
      `Berkas ${file} bukan JSON yang sah: baris 3, kolom 14: nilai diharapkan`,
    );
  });
});
