import { isInputError } from '../input-error';
import { formatNumberLoose, parseNumber } from '../numbers';
import { notANumber } from '../layout/cells';
import { finding } from '../layout/findings';
import type { Finding, Workbook } from '../layout/model';

/** Every IKM answer is 1–4 or blank (PermenPAN-RB 14/2017, four-point scale). */
export function checkIkm(sheet: string, wb: Workbook): Finding[] {
  const out: Finding[] = [];
  const ikm = wb.ikm;
  if (!ikm) return out;
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
