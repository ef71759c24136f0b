/**
 * Every entry point at a big dinas's size, run on the built bundle in the emulator: whether it
 * succeeds, its counted service calls (priced in bench-costs.ts), its peak heap next to the raw
 * grid it reads, and the size of what it returns to the panel. Goals of issue #21 are checked
 * here; `scripts/bench.ts` prints the table and exits non-zero on a missed goal.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { createEmulator, type Emulator, loadBundle, type WorkbookJson } from '../emulator/index';
import { FakeRange } from '../emulator/range';
import { estimateSeconds, LIMIT_SECONDS } from './bench-costs';
import { makeBigWorkbook, makeSurveyWorkbook } from './big-workbook';

type Ctx = Record<string, (...args: unknown[]) => unknown>;

export interface EntryRow {
  entry: string;
  size: string;
  /** "ok", or the message it failed with. */
  status: string;
  counts: Record<string, number>;
  total: number;
  seconds: number;
  /** Peak heap growth during the call (MB), what the emulated Sheets and Docs servers keep left out. */
  peakMb: number;
  /** What getValues() of every sheet of the workbook holds (MB). */
  rawMb: number;
  /** Bytes of the JSON the call returns (what google.script.run carries to the panel). */
  payloadBytes: number;
  ms: number;
}

export interface Goal {
  what: string;
  target: string;
  value: string;
  ok: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const used = () => process.memoryUsage().heapUsed;
const MB = 1024 * 1024;

/** The heap that getValues() of every sheet takes: the grid an entry point reads at most. */
function rawGridBytes(em: Emulator): number {
  gc();
  const before = used();
  const grids = em.spreadsheet.getSheets().map((s) => s.getDataRange().getValues());
  gc();
  const bytes = used() - before;
  em.counter.reset();
  return grids.length >= 0 ? bytes : 0;
}

interface Run {
  status: string;
  result: unknown;
  ms: number;
  /** Peak heap growth over the call, bytes. */
  peak: number;
  raw: number;
}

/**
 * `call` on a fresh emulator of `workbook`, with its peak heap: the largest heap left after any
 * garbage collection during the call (V8's GC profiler), or what is left at the end, less the heap
 * before the call. In a heap run every collection is a full one (`--gc-global`, set for the run
 * only): they come every few MB allocated and leave only live objects, so the samples follow the
 * live data closely, garbage left out.
 */
function run(em: Emulator, call: (ctx: Ctx) => unknown): Run {
  const ctx = loadBundle(em) as Ctx;
  const raw = rawGridBytes(em);
  gc();
  const before = used();
  em.counter.reset();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const t0 = performance.now();
  let result: unknown;
  let status = 'ok';
  try {
    result = call(ctx);
  } catch (e) {
    status = `gagal: ${(e as Error).message}`.slice(0, 160);
  }
  const ms = performance.now() - t0;
  const gcs = profiler.stop().statistics;
  gc();
  const peak = Math.max(used(), ...gcs.map((s) => s.afterGC.heapStatistics.usedHeapSize)) - before;
  return { status, result, ms, peak, raw };
}

type Call = (...args: unknown[]) => unknown;
type Recorded = Record<'Docs' | 'Drive', unknown[]>;

/** The Docs.Documents and Drive.Files objects of the emulator's globals: the servers a Doc is written to. */
function docServices(em: Emulator): [keyof Recorded, Record<string, Call> | undefined][] {
  const g = em.globals as unknown as Record<string, { Documents?: Record<string, Call>; Files?: Record<string, Call> }>;
  return [
    ['Docs', g.Docs?.Documents],
    ['Drive', g.Drive?.Files],
  ];
}

/** Every Docs and Drive response of a run, in order, to hand back in a second run. */
function recordDocs(em: Emulator): Recorded {
  const responses: Recorded = { Docs: [], Drive: [] };
  for (const [name, service] of docServices(em)) {
    if (!service) continue;
    for (const method of Object.keys(service)) {
      const real = service[method];
      if (typeof real !== 'function') continue;
      service[method] = (...args) => {
        const r = real(...args);
        responses[name].push(structuredClone(r));
        return r;
      };
    }
  }
  return responses;
}

const WRITES = ['setValues', 'setNotes', 'setFormulas'] as const;

/**
 * A run whose writes leave the script as they do in Apps Script, for its heap: Docs and Drive
 * answers replayed from the counted run (a fresh copy each, as the advanced services return), sheet writes
 * dropped. The emulated Sheets and Docs servers would otherwise keep the written data in this
 * process's heap, which is Google's memory, not the script's.
 */
function heapRun(workbook: WorkbookJson, timeZone: string | undefined, docs: Recorded, call: (ctx: Ctx) => unknown) {
  const em = createEmulator({ workbook, timeZone });
  for (const [name, service] of docServices(em)) {
    if (!service) continue;
    let next = 0;
    for (const method of Object.keys(service))
      if (typeof service[method] === 'function') service[method] = () => structuredClone(docs[name][next++]);
  }
  const range = FakeRange.prototype as unknown as Record<string, unknown>;
  const saved = WRITES.map((name) => range[name]);
  for (const name of WRITES)
    range[name] = function (this: FakeRange) {
      return this;
    };
  v8.setFlagsFromString('--gc-global');
  try {
    return run(em, call);
  } finally {
    v8.setFlagsFromString('--no-gc-global');
    WRITES.forEach((name, i) => {
      range[name] = saved[i];
    });
  }
}

/**
 * One entry point at one size: a counted run on the emulator (status, calls, payload, time), then,
 * when it succeeded, a second run for the heap (heapRun).
 */
export function runEntry(
  entry: string,
  size: string,
  workbook: WorkbookJson,
  call: (ctx: Ctx) => unknown,
  options: { timeZone?: string } = {},
): EntryRow {
  const em = createEmulator({ workbook, timeZone: options.timeZone });
  const docs = recordDocs(em);
  const counted = run(em, call);
  const counts = em.counter.counts();
  const total = em.counter.total();
  const heap = counted.status === 'ok' ? heapRun(workbook, options.timeZone, docs, call) : counted;
  const payload = counted.result === undefined ? '' : JSON.stringify(counted.result);
  return {
    entry,
    size,
    status: counted.status,
    counts,
    total,
    seconds: estimateSeconds(counts),
    peakMb: counted.status === 'ok' ? heap.peak / MB : Number.NaN,
    rawMb: heap.raw / MB,
    payloadBytes: Buffer.byteLength(payload),
    ms: counted.ms,
  };
}

const EXAMPLE = JSON.parse(readFileSync('examples/lima-puluh-pesisir-2023.json', 'utf8')) as WorkbookJson;

const SIZE = {
  contoh: 'contoh (55 baris DPA, 365 responden)',
  ikm: 'IKM 50.000 respons (stempel waktu Forms), 2.020 baris DPA',
  ikmLebar: 'IKM 50.000 respons + 4 kolom Forms lain',
  dpa: '20.020 baris DPA, 500 indikator IKU',
  survei: '50.000 respons Forms, 5.000 jawaban tak terbaca',
};

/** The panel's calls on a workbook: Periksa data, Tandai di sheet, Hapus tanda, Generate. */
function panelCalls(size: string, wb: WorkbookJson, which: string[]): EntryRow[] {
  const calls: Record<string, (ctx: Ctx) => unknown> = {
    periksaData: (ctx) => ctx.periksaData(),
    tandaiDiSheet: (ctx) => ctx.tandaiDiSheet(),
    hapusTanda: (ctx) => ctx.hapusTanda(),
    generateLkjip: (ctx) => {
      const r = ctx.generateLkjip(true) as { status: string };
      if (r.status !== 'ok') throw new Error(`status ${r.status}`);
      return r;
    },
    buatTemplate: (ctx) => ctx.buatTemplate(),
    statusGenerate: (ctx) => ctx.statusGenerate(),
    onOpen: (ctx) => ctx.onOpen({}),
    bukaPanel: (ctx) => ctx.bukaPanel(),
  };
  return which.map((name) => runEntry(name, size, wb, calls[name]));
}

function surveyCalls(size: string, wb: WorkbookJson): EntryRow[] {
  const baca = runEntry('bacaSurvei', size, wb, (ctx) => ctx.bacaSurvei());
  const impor = runEntry('imporSurvei', size, wb, (ctx) => {
    const plan = ctx.bacaSurvei() as { sheet: string; mapping: unknown };
    return ctx.imporSurvei(plan.sheet, plan.mapping);
  });
  return [baca, impor];
}

/** One row per entry point and size; the big workbooks are built once each and dropped after. */
export function benchEntryPoints(log: (row: EntryRow) => void): EntryRow[] {
  const rows: EntryRow[] = [];
  const add = (rs: EntryRow[]) => {
    for (const r of rs) {
      rows.push(r);
      log(r);
    }
  };
  add(
    panelCalls(SIZE.contoh, EXAMPLE, [
      'onOpen',
      'bukaPanel',
      'periksaData',
      'tandaiDiSheet',
      'hapusTanda',
      'buatTemplate',
      'generateLkjip',
      'statusGenerate',
    ]),
  );
  let wb: WorkbookJson | null = makeBigWorkbook({
    dpaPrograms: 20,
    kegiatanPerProgram: 10,
    subPerKegiatan: 9,
    respondents: 50_000,
    formsTimestamps: true,
  });
  add(panelCalls(SIZE.ikm, wb, ['periksaData', 'tandaiDiSheet', 'hapusTanda', 'buatTemplate', 'generateLkjip']));
  wb = makeBigWorkbook({
    dpaPrograms: 20,
    kegiatanPerProgram: 10,
    subPerKegiatan: 9,
    respondents: 50_000,
    formsTimestamps: true,
    ikmExtraColumns: true,
  });
  add(panelCalls(SIZE.ikmLebar, wb, ['periksaData', 'tandaiDiSheet']));
  // 20 programs × (1 + 10 kegiatan × (1 + 99 sub kegiatan)) = 20.020 rows.
  wb = makeBigWorkbook({
    dpaPrograms: 20,
    kegiatanPerProgram: 10,
    subPerKegiatan: 99,
    respondents: 1_000,
    indikator: 500,
  });
  add(panelCalls(SIZE.dpa, wb, ['periksaData', 'generateLkjip']));
  wb = makeSurveyWorkbook({ responses: 50_000, unreadable: 5_000 });
  add(surveyCalls(SIZE.survei, wb));
  wb = null;
  return rows;
}

const find = (rows: EntryRow[], entry: string, size: string) =>
  rows.find((r) => r.entry === entry && r.size === size) as EntryRow;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
const num = (n: number, digits = 0) => n.toLocaleString('id-ID', { maximumFractionDigits: digits });

/** The goals of issue #21 that the entry point rows decide. */
export function entryGoals(rows: EntryRow[]): Goal[] {
  const goals: Goal[] = [];
  for (const entry of ['periksaData', 'tandaiDiSheet']) {
    for (const size of [SIZE.ikm, SIZE.ikmLebar]) {
      const r = find(rows, entry, size);
      const formatDate = r.counts['Utilities.formatDate'] ?? 0;
      goals.push({
        what: `${entry} · ${size}: Utilities.formatDate`,
        target: '≤ 800',
        value: num(formatDate),
        ok: r.status === 'ok' && formatDate <= 800,
      });
      goals.push({
        what: `${entry} · ${size}: perkiraan pesimistis`,
        target: '≤ 60 s',
        value: `${num(r.seconds, 1)} s`,
        ok: r.status === 'ok' && r.seconds <= 60,
      });
    }
  }
  const gen = find(rows, 'generateLkjip', SIZE.dpa);
  const docsCalls = Object.entries(gen.counts)
    .filter(([k]) => k.startsWith('Docs.'))
    .reduce((s, [, n]) => s + n, 0);
  goals.push({
    what: `generateLkjip · ${SIZE.dpa}`,
    target: 'berhasil (issue #19)',
    value: gen.status === 'ok' ? `ok, ${docsCalls} panggilan Docs` : gen.status,
    ok: gen.status === 'ok',
  });
  for (const entry of ['bacaSurvei', 'imporSurvei']) {
    const r = find(rows, entry, SIZE.survei);
    goals.push({
      what: `${entry} · ${SIZE.survei}: data ke panel`,
      target: '≤ 100 KB',
      value: r.status === 'ok' ? kb(r.payloadBytes) : r.status,
      ok: r.status === 'ok' && r.payloadBytes <= 100 * 1024,
    });
  }
  // The heap goal is for the big sizes; the example's rows are there for reference.
  for (const r of rows) {
    if (r.size === SIZE.contoh || r.status !== 'ok') continue;
    goals.push({
      what: `${r.entry} · ${r.size}: heap puncak`,
      target: `≤ 2× grid mentah (${num(r.rawMb, 1)} MB)`,
      value: `${num(r.peakMb, 1)} MB`,
      ok: r.peakMb <= 2 * r.rawMb,
    });
  }
  for (const r of rows) {
    if (r.seconds > LIMIT_SECONDS.execution) {
      goals.push({
        what: `${r.entry} · ${r.size}: perkiraan pesimistis`,
        target: `≤ ${LIMIT_SECONDS.execution} s`,
        value: `${num(r.seconds, 1)} s`,
        ok: false,
      });
    }
  }
  return goals;
}
