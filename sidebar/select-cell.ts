/** Clicking a finding lands the user on its cell. Not a busy action: the finding buttons stay
 * enabled, so keyboard focus stays on the finding the user just chose. */
import type { Finding } from './api-types';
import { setStatus } from './busy';
import { where } from './findings-view';
import { callServer, messageOf } from './server';
import { TEKS } from './texts';

export async function selectCell(finding: Finding): Promise<void> {
  const place = where(finding.sheet, finding.cell);
  setStatus(TEKS.memilihSel(place), true);
  try {
    await callServer('pilihSel', finding.sheet, finding.cell);
    setStatus(TEKS.selDipilih(place));
  } catch (error) {
    setStatus(TEKS.gagal(messageOf(error)), false, true);
  }
}
