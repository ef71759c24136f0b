/**
 * Tables are numbered per chapter, as PermenPAN-RB 53/2014 reports do: `Tabel 2.1`, `Tabel 3.2`
 * (BAB I–IV as 1–4). Parts outside a chapter carry letters, so none reads as a chapter number:
 * `Tabel IE.1` in the Ikhtisar Eksekutif, `Tabel L.1` in the Lampiran. One numbering per report,
 * so numbers follow the order produced.
 */
export interface TableNumbering {
  /** The next caption prefix in a chapter: `Tabel 3.2`. */
  next(chapter: string): string;
}

export function createTableNumbering(): TableNumbering {
  const counts = new Map<string, number>();
  return {
    next(chapter: string): string {
      const n = (counts.get(chapter) ?? 0) + 1;
      counts.set(chapter, n);
      return `Tabel ${chapter}.${n}`;
    },
  };
}
