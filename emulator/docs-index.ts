/**
 * Index lookups over a document during one batchUpdate. Laying the body out is O(n); a batch of
 * tens of thousands of cell inserts ordered end-to-start would re-lay it out each time. Instead,
 * text added inside one paragraph is recorded as a per-paragraph delta in a Fenwick tree, so every
 * later lookup sees exact indices in O(log² n). Anything that adds or removes a paragraph or a
 * structural element lays out again only the body from there on when nothing before it moved (the
 * skeleton appends at the end, hundreds of times: never quadratic), else the whole segment.
 */
import {
  type DocModel,
  type Layout,
  type Leaf,
  layoutBody,
  layoutSegment,
  type PlacedTable,
} from './document-model.ts';

class Fenwick {
  private readonly tree: Float64Array;
  constructor(readonly size: number) {
    this.tree = new Float64Array(size + 1);
  }
  add(i: number, v: number): void {
    for (let k = i + 1; k <= this.size; k += k & -k) this.tree[k] += v;
  }
  /** Sum of [0, i]. */
  prefix(i: number): number {
    let s = 0;
    for (let k = Math.min(i + 1, this.size); k > 0; k -= k & -k) s += this.tree[k];
    return s;
  }
}

export interface TrueLeaf extends Leaf {
  /** Position of the leaf in the layout. */
  n: number;
}

export class SegmentIndex {
  private layout!: Layout;
  private deltas!: Fenwick;
  private leafNo = new Map<object, number>();
  private tableLeavesBefore: number[] = [];
  /** The first leaf with text added since the last layout (Infinity: none). */
  private firstGrown = Number.POSITIVE_INFINITY;

  constructor(
    private readonly doc: DocModel,
    /** '' for the body, else a footer id. */
    readonly segmentId: string,
  ) {
    this.reset();
  }

  /** Lay the segment out again (after a structural change). */
  reset(): void {
    this.layout =
      this.segmentId === '' ? layoutBody(this.doc) : layoutSegment(this.doc.footers[this.segmentId].content);
    this.indexLayout(0, 0);
  }

  /** Leaf numbers, table positions and a fresh delta tree, for leaves from `leaf` and tables from `table` on. */
  private indexLayout(leaf: number, table: number): void {
    const { leaves, tables } = this.layout;
    this.deltas = new Fenwick(leaves.length);
    this.firstGrown = Number.POSITIVE_INFINITY;
    if (leaf === 0) this.leafNo = new Map();
    for (let i = leaf; i < leaves.length; i++) this.leafNo.set(leaves[i].para, i);
    this.tableLeavesBefore.length = table;
    let k = table > 0 ? this.tableLeavesBefore[table - 1] : 0;
    for (let i = table; i < tables.length; i++) {
      while (k < leaves.length && leaves[k].start < tables[i].start) k++;
      this.tableLeavesBefore.push(k);
    }
  }

  /**
   * A body paragraph (and what follows it) changed shape: lay out again from it on, keeping the
   * layout before it, when no text was added before it since the last layout; else everything.
   */
  changedFrom(leaf: Leaf): void {
    const n = this.leafNo.get(leaf.para);
    const at = n === undefined ? undefined : this.layout.leaves[n].at;
    if (this.segmentId !== '' || n === undefined || at === undefined || this.firstGrown < n) {
      this.reset();
      return;
    }
    const start = this.layout.leaves[n].start;
    const keptTables = this.layout.tables.filter((t) => t.start < start).length;
    for (let i = n; i < this.layout.leaves.length; i++) this.leafNo.delete(this.layout.leaves[i].para);
    this.layout.leaves.length = n;
    this.layout.tables.length = keptTables;
    this.layout.sectionBreaks = this.layout.sectionBreaks.filter((b) => b.start < start);
    this.layout = layoutBody(this.doc, at, start, this.layout);
    this.indexLayout(n, keptTables);
  }

  private shift(n: number): number {
    return n < 0 ? 0 : this.deltas.prefix(n);
  }

  private trueLeaf(n: number): TrueLeaf {
    const l = this.layout.leaves[n];
    const before = this.shift(n - 1);
    const own = this.shift(n) - before;
    return { ...l, start: l.start + before, end: l.end + before + own, n };
  }

  end(): number {
    return this.layout.end + this.shift(this.layout.leaves.length - 1);
  }

  /** The paragraph holding index i, or null when i is a structural index. */
  leafAt(i: number): TrueLeaf | null {
    const leaves = this.layout.leaves;
    let lo = 0;
    let hi = leaves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.trueLeaf(mid).end > i) hi = mid;
      else lo = mid + 1;
    }
    if (lo >= leaves.length) return null;
    const leaf = this.trueLeaf(lo);
    return leaf.start <= i && i < leaf.end ? leaf : null;
  }

  leavesIn(start: number, end: number): TrueLeaf[] {
    const out: TrueLeaf[] = [];
    const first = this.leafAt(start);
    let n = first ? first.n : this.firstLeafFrom(start);
    for (; n < this.layout.leaves.length; n++) {
      const l = this.trueLeaf(n);
      if (l.start >= end) break;
      out.push(l);
    }
    return out;
  }

  private firstLeafFrom(i: number): number {
    let lo = 0;
    let hi = this.layout.leaves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.trueLeaf(mid).start >= i) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  lastLeaf(): TrueLeaf {
    return this.trueLeaf(this.layout.leaves.length - 1);
  }

  tableAt(i: number): PlacedTable | null {
    for (let k = 0; k < this.layout.tables.length; k++) {
      const t = this.layout.tables[k];
      const start = t.start + this.shift(this.tableLeavesBefore[k] - 1);
      if (start === i) return { ...t, start };
      if (start > i) break;
    }
    return null;
  }

  /** Index of the section break starting the section that holds i. */
  sectionsIn(start: number, end: number): { el: Layout['sectionBreaks'][number]['el']; start: number }[] {
    const placed = this.layout.sectionBreaks.map((s) => {
      const before = this.layout.leaves.findIndex((l) => l.start > s.start);
      const n = before < 0 ? this.layout.leaves.length : before;
      return { el: s.el, start: s.start + this.shift(n - 1) };
    });
    const out: typeof placed = [];
    placed.forEach((s, k) => {
      const next = placed[k + 1]?.start ?? Number.POSITIVE_INFINITY;
      if (s.start < end && next > start) out.push(s);
    });
    return out;
  }

  /** Text of `len` characters was added inside the paragraph (no new paragraph). */
  grew(leaf: TrueLeaf, len: number): void {
    const n = this.leafNo.get(leaf.para);
    if (n === undefined) {
      this.reset();
      return;
    }
    this.deltas.add(n, len);
    this.firstGrown = Math.min(this.firstGrown, n);
  }
}
