import { isInputError } from '../input-error';
import { formatNumberLoose, isBlank, parseNumber } from '../numbers';
import { notANumber } from '../layout/cells';
import { finding } from '../layout/findings';
import type { Finding, Workbook } from '../layout/model';

/**
 * Every IKM answer is 1–4 or blank (PermenPAN-RB 14/2017, four-point scale); every unsur answered
 * by at least one respondent (the index is over all nine); a sheet without any answer is reported,
 * never silently left out of the report.
 */
export function checkIkm(sheet: string, wb: Workbook): Finding[] {
  const out: Finding[] = [];
  const ikm = wb.ikm;
  if (!ikm) return out;
  if (ikm.answers.length === 0) {
    const typed = ikm.rowsWithoutAnswers;
    if (typed.length > 0) {
      const col = ikm.unsurColumns.find((c) => c !== '') ?? '';
      out.push(
        finding(
          'missing-value',
          sheet,
          col ? `${col}${typed[0]}` : '',
          `${typed.length} baris responden (mulai baris ${typed[0]}) belum berisi jawaban U1–U9 sama sekali, sehingga IKM tidak dapat dihitung. Isi jawaban 1–4 setiap unsur.`,
        ),
      );
    } else {
      out.push(
        finding(
          'no-data',
          sheet,
          '',
          'Sheet IKM belum berisi jawaban responden, sehingga bagian survei kepuasan masyarakat tidak disajikan dalam laporan. Isi satu baris per responden dengan jawaban 1–4 untuk U1–U9.',
          'warning',
        ),
      );
    }
    return out;
  }
  ikm.unsurColumns.forEach((col, u) => {
    if (!col || ikm.answers.some((row) => !isBlank(row[u]))) return;
    out.push(
      finding(
        'missing-value',
        sheet,
        `${col}1`,
        `Unsur U${u + 1} (${ikm.unsurHeaders[u] || `kolom ${col}`}) tidak dijawab satu responden pun, padahal IKM dihitung dari kesembilan unsur (PermenPAN-RB 14/2017). Isi jawaban 1–4 di kolom ${col}.`,
      ),
    );
  });
  ikm.answers.forEach((row, i) => {
    row.forEach((v, u) => {
      const col = ikm.unsurColumns[u];
      if (!col) return;
      const cell = `${col}${ikm.rows[i]}`;
      let d: ReturnType<typeof parseNumber>;
      try {
        d = parseNumber(v);
      } catch (e) {
        if (!isInputError(e)) throw e;
        out.push(notANumber(sheet, cell, `Jawaban U${u + 1}`, v));
        return;
      }
      if (d !== null && (d.lt(1) || d.gt(4))) {
        out.push(
          finding(
            'out-of-range',
            sheet,
            cell,
            `Jawaban U${u + 1} responden baris ${ikm.rows[i]} bernilai ${formatNumberLoose(d)}; jawaban harus 1–4 (PermenPAN-RB 14/2017). Perbaiki atau kosongkan bila tidak dijawab.`,
          ),
        );
      }
    });
  });
  return out;
}
