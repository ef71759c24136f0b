import { parseTarget } from '../capaian';
import { isInputError } from '../input-error';
import { isBlank, type CellValue } from '../numbers';
import { a1 } from './a1';
import { cellText, isEmptyRow, notANumber, readNumber, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import type { PkAnggaran, PkIndikator, PkPejabat, RawSheet, TargetCell } from './model';
import { nipText } from './read-profil';

/** The official's own columns: typed on their first row, blank below it (docs/layout.md#pk-pejabat). */
const IDENTITY = ['Nama', 'NIP', 'Jabatan', 'Nama Atasan', 'NIP Atasan', 'Jabatan Atasan'] as const;
type IdentityColumn = (typeof IDENTITY)[number];
const FIELD: Record<IdentityColumn, 'nama' | 'nip' | 'jabatan' | 'namaAtasan' | 'nipAtasan' | 'jabatanAtasan'> = {
  Nama: 'nama',
  NIP: 'nip',
  Jabatan: 'jabatan',
  'Nama Atasan': 'namaAtasan',
  'NIP Atasan': 'nipAtasan',
  'Jabatan Atasan': 'jabatanAtasan',
};

/**
 * `PK Pejabat`: one Perjanjian Kinerja per official. A row whose Nama or Jabatan differs from the
 * official above starts the next official; blank identity cells and a blank Sasaran repeat the
 * rows above, as IKU's Sasaran does. A row holds an indicator (Indikator Kinerja, Satuan, Target),
 * a DPA row (Kode, Program/Kegiatan, Anggaran), or both. Read here: what a row must hold (a target
 * for each indicator, an atasan for each official); the DPA comparison is in validate/.
 */
export function readPkPejabat(ctx: SheetContext, sheet: RawSheet, map: HeaderMap): PkPejabat[] {
  const c = map.columns;
  const get = (row: readonly CellValue[], name: string): CellValue =>
    c[name] === undefined ? undefined : row[c[name]];
  const cellOf = (r: number, name: string) => (c[name] === undefined ? '' : a1(r, c[name]));
  const text = (row: readonly CellValue[], name: string) =>
    name === 'NIP' || name === 'NIP Atasan' ? nipText(get(row, name)) : cellText(get(row, name));
  const missing = (cell: string, message: string) =>
    ctx.findings.push(finding('missing-value', ctx.sheet, cell, message));

  const officials: PkPejabat[] = [];
  let current: PkPejabat | null = null;
  let sasaran = '';
  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const r = i + 1;
    const nama = text(row, 'Nama');
    const jabatan = text(row, 'Jabatan');
    const another = current !== null && ((nama && nama !== current.nama) || (jabatan && jabatan !== current.jabatan));
    if ((nama || jabatan) && (current === null || another)) {
      current = {
        row: r,
        nama: '',
        nip: '',
        jabatan: '',
        namaAtasan: '',
        nipAtasan: '',
        jabatanAtasan: '',
        cells: Object.fromEntries(IDENTITY.map((name) => [name, cellOf(r, name)])),
        indikator: [],
        anggaran: [],
      };
      officials.push(current);
      sasaran = '';
    }
    // An identity cell left blank on the first row may be given on a later row of the same official.
    if (current)
      for (const name of IDENTITY) {
        const typed = text(row, name);
        if (typed && current[FIELD[name]] === '') {
          current[FIELD[name]] = typed;
          current.cells[name] = cellOf(r, name);
        }
      }
    const typedSasaran = cellText(get(row, 'Sasaran'));
    if (typedSasaran) sasaran = typedSasaran;

    const indikator = cellText(get(row, 'Indikator Kinerja'));
    const targetRaw = get(row, 'Target');
    const kode = cellText(get(row, 'Kode')).replace(/\s*\.\s*/g, '.');
    const uraian = cellText(get(row, 'Program/Kegiatan'));
    const anggaranRaw = get(row, 'Anggaran');
    const hasBudget = kode !== '' || uraian !== '' || !isBlank(anggaranRaw);
    if (!current) {
      if (indikator || hasBudget)
        missing(
          cellOf(r, 'Jabatan') || cellOf(r, 'Nama'),
          `Baris ${r} berisi indikator atau anggaran, tetapi Nama dan Jabatan pejabatnya kosong dan tidak ada pejabat di baris atasnya. Isi Nama dan Jabatan pejabat yang menandatangani perjanjian ini.`,
        );
      return;
    }
    const who = current.jabatan || current.nama;
    if (indikator) current.indikator.push(readIndikator(ctx, row, r, c, { sasaran, indikator, who }));
    else if (!isBlank(targetRaw))
      missing(
        cellOf(r, 'Indikator Kinerja'),
        `Baris ${r} berisi target tetapi nama Indikator Kinerja kosong. Isi nama indikatornya.`,
      );
    if (hasBudget) {
      const item: PkAnggaran = {
        row: r,
        kode,
        kodeCell: cellOf(r, 'Kode'),
        uraian,
        anggaran: c['Anggaran'] === undefined ? null : readNumber(ctx, anggaranRaw, r, c['Anggaran'], 'Anggaran').value,
        anggaranCell: cellOf(r, 'Anggaran'),
      };
      if (kode === '')
        missing(
          item.kodeCell,
          `Kode kosong untuk ${uraian ? `"${uraian}"` : `anggaran di baris ${r}`} (${who}). Isi kode program/kegiatan/sub kegiatan seperti di sheet DPA; anggarannya diambil dari DPA.`,
        );
      current.anggaran.push(item);
    }
  });

  for (const p of officials) {
    const who = p.jabatan || p.nama;
    if (!p.nama)
      missing(
        p.cells['Nama'],
        `Nama pejabat ${who} kosong. Isi nama pejabat yang menandatangani sebagai PIHAK PERTAMA.`,
      );
    if (!p.jabatan)
      missing(p.cells['Jabatan'], `Jabatan ${p.nama} kosong. Isi jabatannya (mis. Sekretaris Kecamatan).`);
    if (!p.jabatanAtasan)
      missing(
        p.cells['Jabatan Atasan'],
        `${who} belum memiliki atasan: Jabatan Atasan kosong. Isi jabatan atasan langsung yang menandatangani sebagai PIHAK KEDUA (mis. Camat ...).`,
      );
    if (p.indikator.length === 0)
      missing(
        cellOf(p.row, 'Indikator Kinerja'),
        `${who} belum memiliki indikator kinerja. Isi Indikator Kinerja, Satuan dan Target pada baris pejabat ini.`,
      );
  }
  return officials;
}

function readIndikator(
  ctx: SheetContext,
  row: readonly CellValue[],
  r: number,
  c: Record<string, number>,
  at: { sasaran: string; indikator: string; who: string },
): PkIndikator {
  const col = c['Target'];
  const raw = col === undefined ? undefined : row[col];
  const cell = col === undefined ? '' : a1(r, col);
  const target: TargetCell = { target: null, raw, cell };
  try {
    target.target = parseTarget(raw);
  } catch (e) {
    if (!isInputError(e)) throw e;
    ctx.findings.push(notANumber(ctx.sheet, cell, 'Target', raw));
  }
  if (col !== undefined && target.target === null && isBlank(raw))
    ctx.findings.push(
      finding(
        'missing-value',
        ctx.sheet,
        cell,
        `Target untuk indikator "${at.indikator}" (${at.who}) kosong; setiap indikator perjanjian kinerja wajib bertarget. Isi targetnya.`,
      ),
    );
  return {
    row: r,
    sasaran: at.sasaran,
    indikator: at.indikator,
    satuan: c['Satuan'] === undefined ? '' : cellText(row[c['Satuan']]),
    target,
  };
}
