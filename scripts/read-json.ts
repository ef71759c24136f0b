/**
 * Reading a JSON file for the CLI and the preview server, with an Indonesian message that says
 * where the text stops being JSON (line and column), since JSON.parse in Node 20 often names no
 * position at all ("Unexpected token ','").
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ROOT } from './ensure-built';

export class JsonFileError extends Error {}

/** Where the first syntax error is: a small JSON scanner, run only after JSON.parse has failed. */
export function jsonErrorOffset(text: string): { offset: number; problem: string } {
  let i = 0;
  class Stop {
    constructor(
      readonly offset: number,
      readonly problem: string,
    ) {}
  }
  const stop = (problem: string, at = i): never => {
    throw new Stop(at, problem);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const found = () => (i >= text.length ? 'berkas berakhir' : `ada "${text[i]}"`);
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop('kode \\u harus diikuti 4 digit heksadesimal');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? ''))
          stop('garis miring terbalik (\\) di dalam teks harus ditulis \\\\');
      } else if (text.charCodeAt(i) < 0x20) stop('teks tidak boleh memuat baris baru; tutup dulu tanda kutipnya');
      i++;
    }
    if (i >= text.length) stop('tanda kutip penutup (") tidak ditemukan');
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') stop(`nama properti dalam tanda kutip diharapkan, tetapi ${found()}`);
        string();
        space();
        if (text[i] !== ':') stop(`titik dua (:) diharapkan setelah nama properti, tetapi ${found()}`);
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        stop(`koma (,) atau kurung kurawal penutup (}) diharapkan, tetapi ${found()}`);
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        stop(`koma (,) atau kurung siku penutup (]) diharapkan, tetapi ${found()}`);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    stop(`nilai diharapkan (angka, teks dalam tanda kutip, true, false, null, [ atau {), tetapi ${found()}`);
  };
  try {
    value();
    space();
    if (i < text.length) stop(`teks tambahan setelah akhir JSON: ${found()}`);
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, problem: e.problem };
    throw e;
  }
  return { offset: text.length, problem: 'JSON tidak sah' };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Parses `path` (shown to the user as `shownAs`); throws JsonFileError with an Indonesian message. */
export function readJsonFile(path: string, shownAs = path): unknown {
  if (!existsSync(path)) throw new JsonFileError(`Berkas tidak ditemukan: ${shownAs}`);
  if (statSync(path).isDirectory())
    throw new JsonFileError(
      `${shownAs} adalah folder, bukan berkas: sebutkan berkas .json di dalamnya, mis. ${shownAs}/workbook.json.`,
    );
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    const { offset, problem } = jsonErrorOffset(text);
    const { line, column } = lineColumn(text, offset);
    throw new JsonFileError(`Berkas ${shownAs} bukan JSON yang sah: baris ${line}, kolom ${column}: ${problem}.`);
  }
}

/** The folder the user called from: npm runs scripts in the repository root and keeps it in INIT_CWD. */
export const CALLER_DIR = process.env.INIT_CWD ?? process.cwd();

/** A file the user named: from the folder they called from, else from the repository root. */
export function inputPath(given: string): string {
  if (isAbsolute(given)) return given;
  const fromCaller = resolve(CALLER_DIR, given);
  return existsSync(fromCaller) ? fromCaller : resolve(ROOT, given);
}

/**
 * Where a command will write: checked before any work, so a run never ends half-done with Node's
 * English EEXIST/EISDIR/ENOENT. `folder`: it may exist only as a folder; `file`: it must not be a
 * folder and its folder must exist. Returns the absolute path; throws JsonFileError in Indonesian.
 */
export function outputPath(given: string, kind: 'folder' | 'file'): string {
  const path = resolve(CALLER_DIR, given);
  if (kind === 'folder') {
    let nearest = path;
    while (!existsSync(nearest)) nearest = dirname(nearest);
    if (!statSync(nearest).isDirectory())
      throw new JsonFileError(
        `--out ${given}: ${nearest === path ? given : nearest} adalah berkas yang sudah ada, bukan folder. Sebutkan folder untuk hasil laporan, mis. --out out.`,
      );
  }
  if (kind === 'file') {
    if (existsSync(path) && statSync(path).isDirectory())
      throw new JsonFileError(
        `--out ${given} adalah folder: sebutkan nama berkas baru di dalamnya, mis. --out ${given.replace(/\/+$/, '')}/baru.json.`,
      );
    if (!existsSync(dirname(path)))
      throw new JsonFileError(`Folder untuk --out ${given} belum ada: buat dulu foldernya, atau pilih folder lain.`);
  }
  return path;
}
