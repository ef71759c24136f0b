/** Clicking a finding lands the user on its cell. Not a busy action: the finding buttons stay
 * enabled, so keyboard focus stays on the finding the user just chose. A finding about a sheet
 * that does not exist yet has no cell to open: it offers "Buat Template" instead. */
import type { Finding } from './api-types';
import { setStatus } from './busy';
import { byId, el, replace } from './dom';
import { where } from './findings-view';
import { callServer, messageOf } from './server';
import { TEKS } from './texts';

/** Must match SHEET_BELUM_ADA in src/gas/validate-api.ts (the sheet was deleted after the check). */
const SHEET_BELUM_ADA = 'belum ada di spreadsheet ini';

function offerTemplate(sheet: string): void {
  const status = byId('status');
  status.className = 'status';
  const button = el(
    'button',
    { className: 'offer', attrs: { type: 'button', 'data-action': '' } },
    TEKS.tombolBuatTemplate,
  );
  button.addEventListener('click', () => byId<HTMLButtonElement>('tombol-template').click());
  replace(status, `${TEKS.sheetBelumAda(sheet)} `, button);
}

export async function selectCell(finding: Finding): Promise<void> {
  if (finding.code === 'missing-sheet') {
    offerTemplate(finding.sheet);
    return;
  }
  const place = where(finding.sheet, finding.cell);
  setStatus(TEKS.memilihSel(place), true);
  try {
    await callServer('pilihSel', finding.sheet, finding.cell);
    setStatus(TEKS.selDipilih(place));
  } catch (error) {
    const text = messageOf(error);
    if (text.includes(SHEET_BELUM_ADA)) offerTemplate(finding.sheet);
    else setStatus(TEKS.gagal(text), false, true);
  }
}
