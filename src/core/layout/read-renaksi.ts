import { parseTarget } from '../capaian';
import { isInputError } from '../input-error';
import { type CellValue, describeValue, isBlank } from '../numbers';
import { CARA_HITUNG_ACCEPTED, parseCaraHitung, type CaraHitung } from '../rules/triwulan';
import { shorten } from '../shorten';
import { a1 } from './a1';
import { cellText, isEmptyRow, notANumber, readNumber, type SheetContext } from './cells';
import { finding } from './findings';
import type { HeaderMap } from './headers';
import type { Iku, Indikator, NumberCell, RawSheet, Renaksi, RenaksiRow, TargetCell } from './model';
import { normalizeName, REALISASI_TW_COLUMNS, TARGET_TW_COLUMNS } from './spec';

/**
 * `Renaksi`: one row per IKU indicator with its quarters
 * (docs/layout.md#renaksi--the-rencana-aksi-per-quarter). Reading gives the cell-level findings (a
 * number that is not one, an unknown or missing Cara Hitung); `linkRenaksi` then ties each row to
 * its IKU indicator.
 */
export function readRenaksi(ctx: SheetContext, sheet: RawSheet, map: HeaderMap): Renaksi {
  const c = map.columns;
  const get = (row: readonly CellValue[], name: string): CellValue =>
    c[name] === undefined ? undefined : row[c[name]];
  const at = (r: number, name: string) => (c[name] === undefined ? '' : a1(r, c[name]));
  const rows: RenaksiRow[] = [];

  sheet.values.forEach((row, i) => {
    if (i === 0 || isEmptyRow(row)) return;
    const r = i + 1;
    let caraHitung: CaraHitung | null = null;
    try {
      caraHitung = parseCaraHitung(get(row, 'Cara Hitung'));
    } catch (e) {
      if (!isInputError(e)) throw e;
      ctx.findings.push(
        finding(
          'bad-cara-hitung',
          ctx.sheet,
          at(r, 'Cara Hitung'),
          `Cara Hitung ${describeValue(get(row, 'Cara Hitung'))} tidak dikenal. Pilih ${CARA_HITUNG_ACCEPTED}: Kumulatif untuk jumlah yang bertambah tiap triwulan (dokumen, orang, rupiah), Nilai Akhir untuk indeks atau persentase yang diukur pada akhir triwulan.`,
        ),
      );
    }
    const target: TargetCell[] = TARGET_TW_COLUMNS.map((name) => {
      const raw = get(row, name);
      const cell = at(r, name);
      try {
        return { target: parseTarget(raw), raw, cell };
      } catch (e) {
        if (!isInputError(e)) throw e;
        ctx.findings.push(notANumber(ctx.sheet, cell, name, raw));
        return { target: null, raw, cell };
      }
    });
    const realisasi: NumberCell[] = REALISASI_TW_COLUMNS.map((name) =>
      c[name] === undefined
        ? { value: null, raw: undefined, cell: '' }
        : readNumber(ctx, row[c[name]], r, c[name], name),
    );
    const figures = target.some((t) => !isBlank(t.raw)) || realisasi.some((x) => !isBlank(x.raw));
    if (figures && caraHitung === null && isBlank(get(row, 'Cara Hitung')) && c['Cara Hitung'] !== undefined) {
      ctx.findings.push(
        finding(
          'missing-value',
          ctx.sheet,
          at(r, 'Cara Hitung'),
          `Cara Hitung pada baris ${r} kosong, sehingga realisasi tahunan dari triwulan tidak dapat dihitung. Pilih ${CARA_HITUNG_ACCEPTED}.`,
        ),
      );
    }
    rows.push({
      row: r,
      no: cellText(get(row, 'No')).replace(/\.$/, ''),
      indikator: cellText(get(row, 'Indikator Kinerja')),
      iku: null,
      caraHitung,
      target,
      realisasi,
      rencanaAksi: cellText(get(row, 'Rencana Aksi')),
      kendala: cellText(get(row, 'Kendala')),
      tindakLanjut: cellText(get(row, 'Tindak Lanjut')),
      cells: { no: at(r, 'No'), indikator: at(r, 'Indikator Kinerja'), caraHitung: at(r, 'Cara Hitung') },
    });
  });
  return { rows };
}

/** A row with anything beyond its No and name: figures, a Cara Hitung or text. */
export function renaksiHasData(row: RenaksiRow): boolean {
  return (
    row.target.some((t) => !isBlank(t.raw)) ||
    row.realisasi.some((x) => !isBlank(x.raw)) ||
    row.caraHitung !== null ||
    row.rencanaAksi !== '' ||
    row.kendala !== '' ||
    row.tindakLanjut !== ''
  );
}

/** Names compared ignoring case, spacing, a trailing bracket (`(IKM)`) and punctuation. */
function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    normalizeName(s)
      .replace(/[.,;:]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return key(a) === key(b);
}

const quoted = (s: string) => `"${shorten(s, 70)}"`;
const tercatat = (ind: Indikator) =>
  ind.no ? `tercatat sebagai No ${ind.no}` : `tercatat di baris ${ind.row} tanpa No`;

/**
 * Each Renaksi row to its IKU indicator: by `No`, checked against the name; by name alone when No
 * is blank. A row without data (only No and name, as Buat Template leaves it) is linked when it can
 * be and never reported. Findings: renaksi-unmatched (a No or name that points at no indicator, or
 * at another one than the other says), renaksi-name-mismatch (No matches, the name is spelled
 * otherwise), duplicate-code (two rows for one indicator), and — as a warning on the sheet — an IKU
 * indicator with no row once the Renaksi is in use.
 */
export function linkRenaksi(ctx: SheetContext, renaksi: Renaksi, iku: Iku): void {
  const noKey = (s: string) => s.trim().replace(/\.$/, '');
  const linkedAt = new Map<Indikator, number>();
  const push = (report: boolean, ...args: Parameters<typeof finding>) => {
    if (report) ctx.findings.push(finding(...args));
  };
  for (const row of renaksi.rows) {
    const report = renaksiHasData(row);
    const byNo = row.no ? iku.indikator.filter((i) => noKey(i.no) === row.no) : [];
    const byName = row.indikator ? iku.indikator.filter((i) => sameName(i.indikator, row.indikator)) : [];
    let hit: Indikator | null = null;
    if (!row.no) {
      if (byName.length === 1) hit = byName[0];
      else
        push(
          report,
          'missing-value',
          ctx.sheet,
          row.cells.no,
          row.indikator
            ? `No pada baris ${row.row} kosong, dan ${quoted(row.indikator)} tidak ditemukan di sheet IKU. Isi No indikator seperti di sheet IKU.`
            : `Baris ${row.row} berisi data tetapi No dan Indikator Kinerja kosong. Isi No dan nama indikatornya seperti di sheet IKU.`,
        );
    } else if (byNo.length === 0) {
      const other =
        byName.length === 1 ? ` Indikator ${quoted(byName[0].indikator)} di sheet IKU ${tercatat(byName[0])}.` : '';
      const known = iku.indikator
        .map((i) => i.no)
        .filter(Boolean)
        .join(', ');
      push(
        report,
        'renaksi-unmatched',
        ctx.sheet,
        row.cells.no,
        `No ${row.no} tidak ada di sheet IKU${known ? ` (No yang ada: ${known})` : ''}.${other} Perbaiki No agar sama dengan No indikatornya di sheet IKU.`,
      );
    } else {
      const named = byNo.find((i) => sameName(i.indikator, row.indikator));
      if (named || !row.indikator) hit = named ?? (byNo.length === 1 ? byNo[0] : null);
      else if (byName.length > 0) {
        push(
          report,
          'renaksi-unmatched',
          ctx.sheet,
          row.cells.indikator,
          `No ${row.no} di sheet IKU adalah ${quoted(byNo[0].indikator)}, tetapi baris ini bernama ${quoted(row.indikator)}, yang di sheet IKU ${tercatat(byName[0])}. Samakan No dan nama indikatornya dengan sheet IKU.`,
        );
      } else if (byNo.length === 1) {
        hit = byNo[0];
        push(
          report,
          'renaksi-name-mismatch',
          ctx.sheet,
          row.cells.indikator,
          `Nama indikator ${quoted(row.indikator)} berbeda dengan No ${row.no} di sheet IKU: ${quoted(hit.indikator)}. Baris ini dibaca sebagai indikator IKU tersebut; samakan namanya agar tidak keliru.`,
        );
      } else {
        push(
          report,
          'renaksi-unmatched',
          ctx.sheet,
          row.cells.indikator,
          `No ${row.no} dipakai ${byNo.length} indikator di sheet IKU, dan ${quoted(row.indikator)} bukan salah satunya. Tulis nama indikatornya persis seperti di sheet IKU.`,
        );
      }
    }
    if (hit && linkedAt.has(hit)) {
      push(
        report,
        'duplicate-code',
        ctx.sheet,
        row.cells.no || row.cells.indikator,
        `Indikator ${quoted(hit.indikator)} sudah ada di baris ${linkedAt.get(hit)}. Rencana aksi memuat satu baris per indikator; gabungkan kedua baris atau hapus salah satunya.`,
      );
      hit = null;
    }
    if (hit) linkedAt.set(hit, row.row);
    row.iku = hit;
  }
  if (!renaksi.rows.some(renaksiHasData)) return;
  for (const ind of iku.indikator) {
    if (linkedAt.has(ind)) continue;
    ctx.findings.push(
      finding(
        'renaksi-unmatched',
        ctx.sheet,
        '',
        `Indikator ${quoted(ind.indikator)} (di sheet IKU ${tercatat(ind)}) belum ada di sheet Renaksi, sehingga triwulannya tidak dapat dilaporkan. Tambahkan satu baris dengan No dan nama indikator ini.`,
        'warning',
      ),
    );
  }
}
