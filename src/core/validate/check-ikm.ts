import { answerValue } from '../ikm';
import { formatNumberLoose, isBlank } from '../numbers';
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
  const headerRow = ikm.headerRow ?? 1;
  ikm.unsurColumns.forEach((col, u) => {
    if (!col || ikm.answers.some((row) => !isBlank(row[u]))) return;
    out.push(
      finding(
        'missing-value',
        sheet,
        `${col}${headerRow}`,
        `Unsur U${u + 1} (${ikm.unsurHeaders[u] || `kolom ${col}`}) tidak dijawab satu responden pun, padahal IKM dihitung dari kesembilan unsur (PermenPAN-RB 14/2017). Isi jawaban 1–4 di kolom ${col}.`,
      ),
    );
  });
  ikm.answers.forEach((row, i) => {
    row.forEach((v, u) => {
      const col = ikm.unsurColumns[u];
      if (!col) return;
      const cell = `${col}${ikm.rows[i]}`;
      // The reader NIK_IKM and Impor Survei use: answer text it accepts is accepted here.
      // A single row is a row of NRR (hitungIkm): its averages may carry decimals.
      const read = answerValue(v, undefined, ikm.answers.length > 1);
      if ('value' in read) return;
      const p = read.problem;
      if (p.kind === 'text') {
        out.push(notANumber(sheet, cell, `Jawaban U${u + 1}`, v));
        return;
      }
      out.push(
        finding(
          'out-of-range',
          sheet,
          cell,
          p.kind === 'range'
            ? `Jawaban U${u + 1} responden baris ${ikm.rows[i]} bernilai ${formatNumberLoose(p.value)}; jawaban harus 1–4 (PermenPAN-RB 14/2017). Perbaiki atau kosongkan bila tidak dijawab.`
            : `Jawaban U${u + 1} responden baris ${ikm.rows[i]} bernilai ${formatNumberLoose(p.value)}; jawaban harus bilangan bulat 1, 2, 3 atau 4 (PermenPAN-RB 14/2017), bukan nilai tengah. Isi jawaban responden apa adanya.`,
        ),
      );
    });
  });
  return out;
}
