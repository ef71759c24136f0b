/**
 * A sheet's number formats (Range.getNumberFormats(): one string per cell) kept small: rows
 * formatted alike share one array, and each distinct format is one string. A DPA of 20.000 rows
 * has a handful of distinct rows (every cell `0.###############` where nobody formatted it), so
 * its formats shrink from a grid as large as the values to a few arrays — read first, shared
 * before the values are read, they never sit beside the values whole (issue #21).
 */
export function shareFormatRows(formats: string[][]): string[][] {
  const strings = new Map<string, string>();
  const rows = new Map<string, string[]>();
  return formats.map((row) => {
    const key = JSON.stringify(row);
    const known = rows.get(key);
    if (known) return known;
    const shared = row.map((f) => {
      const had = strings.get(f);
      if (had !== undefined) return had;
      strings.set(f, f);
      return f;
    });
    rows.set(key, shared);
    return shared;
  });
}
