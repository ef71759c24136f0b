// `tsx scripts/report-pdf.ts DIR`: prints DIR/report.html to DIR/report.pdf with Chromium
// (Debian's /usr/bin/chromium through playwright-core), page sizes and sections as in the HTML.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function printPdf(html: string, pdf: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(html)).href, { waitUntil: 'load' });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

async function main(dir: string | undefined): Promise<number> {
  if (!dir) {
    console.error('Pemakaian: tsx scripts/report-pdf.ts DIREKTORI (berisi report.html)');
    return 2;
  }
  const html = join(dir, 'report.html');
  if (!existsSync(html)) {
    console.error(`Tidak ada ${html}: jalankan lkjip generate --out ${dir} lebih dulu.`);
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    // The report itself is done (report.html); the PDF is a preview extra, so the demo still succeeds.
    console.log(
      `  pdf         dilewati: Chromium tidak ditemukan di ${CHROMIUM} (pasang dengan: apt-get install chromium)`,
    );
    return 0;
  }
  const pdf = join(dir, 'report.pdf');
  await printPdf(html, pdf);
  console.log(`  pdf         ${pdf}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`Kesalahan: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
