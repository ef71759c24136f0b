/** "Tandai di sheet" / "Hapus tanda": findings as [LKjIP] notes for people without the sidebar. */
import { runAction } from './busy';
import { byId, message, replace } from './dom';
import { callServer } from './server';
import { TEKS } from './texts';

export function setupMarksPanel(): void {
  const output = byId('hasil-tanda');
  byId('tombol-tandai').addEventListener('click', () =>
    runAction(TEKS.menandai, output, async () => {
      const { ditandai } = await callServer('tandaiDiSheet');
      replace(output, message(TEKS.ditandai(Number(ditandai) || 0), 'ok'));
    }),
  );
  byId('tombol-hapus-tanda').addEventListener('click', () =>
    runAction(TEKS.menghapusTanda, output, async () => {
      const { dihapus } = await callServer('hapusTanda');
      replace(output, message(TEKS.dihapus(Number(dihapus) || 0), 'ok'));
    }),
  );
}
