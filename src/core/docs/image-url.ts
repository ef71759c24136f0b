/**
 * What can be known about an image URL before Google fetches it. The Docs API inserts an image
 * from a URL it fetches itself (InsertInlineImageRequest: "The image must be less than 50MB,
 * cannot exceed 25 megapixels, and must be in PNG, JPEG, or GIF format. The provided URI must be
 * publicly accessible and at most 2 kB in length"); one it cannot fetch fails its whole batch.
 * A URL this check refuses is left out of the report, with a finding saying how to mend it; one it
 * passes may still be refused by Google (not public, too large), and the report is then finished
 * without it (src/gas/write-doc.ts).
 */

const MAX_URL_LENGTH = 2000;
const OTHER_FORMATS = /\.(svg|webp|bmp|tiff?|heic|avif|ico|pdf|docx?|pptx?)$/i;

/** Scheme, host and path of an absolute URL (Apps Script has no `URL` class). */
function parts(url: string): { scheme: string; host: string; path: string } | null {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)([^?#\s]*)(?:\?[^#\s]*)?(?:#\S*)?$/i.exec(url);
  if (!m) return null;
  return { scheme: m[1].toLowerCase(), host: m[2].toLowerCase().replace(/:\d+$/, ''), path: m[3] };
}

/** `https://drive.google.com/file/d/<id>/view?usp=sharing`, `…/open?id=<id>`: pages, not images. */
function driveShareId(url: string, host: string, path: string): string | null {
  if (host !== 'drive.google.com' && host !== 'docs.google.com') return null;
  const file = /\/(?:file\/)?d\/([\w-]{10,})/.exec(path);
  if (file) return file[1];
  const open = /[?&]id=([\w-]{10,})/.exec(url);
  return path === '/open' && open ? open[1] : null;
}

const HOW_TO_PUBLIC =
  'Atau unggah ke Google Drive: klik kanan berkas → Bagikan → Akses umum "Siapa saja yang memiliki link", lalu tulis https://drive.google.com/uc?export=view&id=<ID berkas>.';

/** Why Google cannot insert the image at `text` (Indonesian, ending with the fix), or null when it may. */
export function imageUrlProblem(text: string): string | null {
  const raw = text.trim();
  const url = parts(raw);
  if (!url || (url.scheme !== 'https' && url.scheme !== 'http')) {
    return `"${raw}" bukan alamat gambar di internet. Tulis alamat lengkap yang diawali https://, mis. https://…/logo.png.`;
  }
  if (url.scheme !== 'https') {
    return `Alamat gambar harus diawali https://, bukan http://. Ganti awalnya menjadi https:// bila situsnya mendukung. ${HOW_TO_PUBLIC}`;
  }
  if (raw.length > MAX_URL_LENGTH) {
    return `Alamat gambar terlalu panjang (${raw.length} karakter; Google Dokumen menerima paling banyak ${MAX_URL_LENGTH}). Pakai alamat yang lebih pendek.`;
  }
  const drive = driveShareId(raw, url.host, url.path);
  if (drive) {
    return `Tautan berbagi Google Drive membuka halaman pratinjau, bukan gambarnya, sehingga Google Dokumen tidak dapat memuatnya. Tulis https://drive.google.com/uc?export=view&id=${drive} dan pastikan berkas itu dibagikan ke "Siapa saja yang memiliki link".`;
  }
  const format = OTHER_FORMATS.exec(url.path);
  if (format) {
    return `Gambar berformat ${format[1].toUpperCase()} tidak dapat dimuat Google Dokumen (hanya PNG, JPG atau GIF). Simpan gambar sebagai PNG atau JPG, unggah, lalu tulis alamat barunya. ${HOW_TO_PUBLIC}`;
  }
  return null;
}
