import type { InsightStatus } from '../../data/schemas/insight.js';
import type { Item } from './model.js';
import { type Quadrant, quadrantOf, type RatingScale, snap, stepsOf } from './scale.js';

/** Room around the plot for tick labels and axis titles (px). */
export const MARGIN = { top: 10, right: 12, bottom: 44, left: 48 } as const;
/** Inset of the packing area inside a cell (px). */
export const CELL_PAD = 3;
/** At most this many single bubbles in the whole matrix; beyond, the most crowded cells become clusters. */
export const MAX_BUBBLES = 150;
/** Strip inside the top and bottom of the plot kept free of cells, for the quadrant names (px). */
export const LABEL_BAND = 20;
/** Closest two bubble centres may sit before a cell is drawn as a cluster (px). */
export const MIN_SPACING = 14;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BubbleMark {
  kind: 'bubble';
  key: string;
  x: number;
  y: number;
  r: number;
  item: Item;
}

export interface ClusterMark {
  kind: 'cluster';
  key: string;
  x: number;
  y: number;
  r: number;
  /** The cell's snapped ratings. */
  difficulty: number;
  impact: number;
  items: Item[];
  byStatus: Partial<Record<InsightStatus | 'unknown', number>>;
}

export type Mark = BubbleMark | ClusterMark;

export interface QuadrantRect extends Rect {
  quadrant: Quadrant;
}

export interface Geometry {
  width: number;
  height: number;
  plot: Rect;
  cellWidth: number;
  cellHeight: number;
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  quadrants: QuadrantRect[];
  /** Pixel position of the quadrant split lines (undefined in a zoomed cell). */
  splitX?: number;
  splitY?: number;
  /** Bubbles and clusters, largest first (smaller ones drawn on top stay clickable). */
  marks: Mark[];
  /** The cell the view is zoomed into, when it is. */
  zoom?: { difficulty: number; impact: number };
}

export interface LayoutInput {
  items: readonly Item[];
  width: number;
  height: number;
  difficulty: RatingScale;
  impact: RatingScale;
  /** Largest reach of the whole list, so sizes do not jump when filters change. */
  maxReach: number;
  /** Zoom into one cell: its insights spread over the whole plot. */
  zoom?: { difficulty: number; impact: number };
  /** Bubble budget (default MAX_BUBBLES). */
  maxBubbles?: number;
  /**
   * The id of an insight that stays its own bubble even in a crowded cell (the
   * one the user is moving): it sits beside the cluster of the cell's others.
   */
  keep?: string;
}

/** The key of the cell an insight falls into. */
export const cellKey = (d: number, i: number) => `${d}|${i}`;

/** Bubble radii for a cell size: largest 26 % of the smaller cell side (6–22 px), smallest 30 % of that (≥ 4 px). */
export function radiusRange(cellWidth: number, cellHeight: number): [number, number] {
  const max = Math.min(22, Math.max(6, Math.min(cellWidth, cellHeight) * 0.26));
  return [Math.max(4, max * 0.3), max];
}

/** Square-root scale of reach onto [rMin, rMax]; unknown reach draws at rMin. */
export function radiusOf(reach: number | undefined, maxReach: number, [rMin, rMax]: readonly [number, number]): number {
  if (reach === undefined || !(maxReach > 0) || !(reach > 0)) return rMin;
  return rMin + (rMax - rMin) * Math.sqrt(Math.min(reach, maxReach) / maxReach);
}

/**
 * Deterministic spread of `n` marks over a box: a centred grid whose column
 * count gives the widest spacing `s = min(width / cols, height / rows)`
 * (fewest columns on a tie); the last row is centred too.
 */
export function gridPack(n: number, box: Rect): { spacing: number; points: { x: number; y: number }[] } {
  if (n <= 0) return { spacing: 0, points: [] };
  let best = { cols: 1, spacing: -1 };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const spacing = Math.min(box.width / cols, box.height / rows);
    if (spacing > best.spacing + 1e-9) best = { cols, spacing };
  }
  const { cols, spacing } = best;
  const rows = Math.ceil(n / cols);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const points: { x: number; y: number }[] = [];
  for (let k = 0; k < n; k++) {
    const row = Math.floor(k / cols);
    const inRow = Math.min(cols, n - row * cols);
    const col = k - row * cols;
    points.push({ x: cx - (inRow * spacing) / 2 + (col + 0.5) * spacing, y: cy - (rows * spacing) / 2 + (row + 0.5) * spacing });
  }
  return { spacing, points };
}

/** Biggest reach first, then payload order: the big bubble sits at the top left of its cell. */
const byReach = (a: Item, b: Item) => (b.reach ?? -1) - (a.reach ?? -1) || a.index - b.index;

function countStatus(items: readonly Item[]): ClusterMark['byStatus'] {
  const out: ClusterMark['byStatus'] = {};
  for (const it of items) out[it.status] = (out[it.status] ?? 0) + 1;
  return out;
}

/** The cluster of `items` at x, y: its radius grows with the count, within `maxR`. */
function clusterMark(key: string, cell: { d: number; i: number }, items: Item[], x: number, y: number, maxR: number): ClusterMark {
  const r = Math.max(8, Math.min(maxR, 10 + 2.5 * Math.sqrt(items.length)));
  return { kind: 'cluster', key: `cluster:${key}`, x, y, r, difficulty: cell.d, impact: cell.i, items, byStatus: countStatus(items) };
}

/**
 * Data + size → geometry, without DOM. Difficulty runs left to right, impact
 * bottom to top; every scale step is a cell of the grid. Insights in one cell
 * are spread by `gridPack`; a cell too crowded for its bubbles to keep their
 * centres apart (spacing below 1.5 × the largest radius or below
 * MIN_SPACING) becomes one cluster mark with the count; so do the most
 * crowded cells while more than `maxBubbles` bubbles would be drawn. The
 * insight `keep` is never folded into a cluster: its crowded cell is split in
 * two (`gridPack` of 2), the bubble first, then the cluster of the others (or
 * the one other as a bubble).
 */
export function layout(input: LayoutInput): Geometry {
  const { difficulty: d, impact: im } = input;
  const width = Math.max(120, input.width);
  const height = Math.max(120, input.height);
  const plot: Rect = { x: MARGIN.left, y: MARGIN.top, width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
  const placed = input.items.filter((it) => !it.leftOut && it.difficulty !== undefined && it.impact !== undefined);
  const cellOf = (it: Item) => ({ d: snap(it.difficulty!, d), i: snap(it.impact!, im) });

  if (input.zoom) return zoomed(input, width, height, plot, placed.filter((it) => {
    const c = cellOf(it);
    return c.d === input.zoom!.difficulty && c.i === input.zoom!.impact;
  }));

  const dSteps = stepsOf(d);
  const iSteps = stepsOf(im);
  const x0 = d.min - d.step / 2;
  const x1 = d.max + d.step / 2;
  const y0 = im.min - im.step / 2;
  const y1 = im.max + im.step / 2;
  const sx = (v: number) => plot.x + ((v - x0) / (x1 - x0)) * plot.width;
  const inner = plot.height - 2 * LABEL_BAND;
  const sy = (v: number) => plot.y + LABEL_BAND + inner - ((v - y0) / (y1 - y0)) * inner;
  const cellWidth = (plot.width * d.step) / (x1 - x0);
  const cellHeight = (inner * im.step) / (y1 - y0);
  const splitX = sx(d.split);
  const splitY = sy(im.split);
  const left = plot.x;
  const right = plot.x + plot.width;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const quadrants: QuadrantRect[] = [
    { quadrant: 'quick-win', x: left, y: top, width: splitX - left, height: splitY - top },
    { quadrant: 'big-bet', x: splitX, y: top, width: right - splitX, height: splitY - top },
    { quadrant: 'fill-in', x: left, y: splitY, width: splitX - left, height: bottom - splitY },
    { quadrant: 'money-pit', x: splitX, y: splitY, width: right - splitX, height: bottom - splitY },
  ];

  const cells = new Map<string, { d: number; i: number; items: Item[] }>();
  for (const it of placed) {
    const c = cellOf(it);
    const key = cellKey(c.d, c.i);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { d: c.d, i: c.i, items: [] }));
    cell.items.push(it);
  }
  const radii = radiusRange(cellWidth, cellHeight);
  const planned = [...cells].map(([key, cell]) => {
    const items = cell.items.sort(byReach);
    const r = items.map((it) => radiusOf(it.reach, input.maxReach, radii));
    const cx = sx(cell.d);
    const cy = sy(cell.i);
    const box = { x: cx - cellWidth / 2 + CELL_PAD, y: cy - cellHeight / 2 + CELL_PAD, width: cellWidth - 2 * CELL_PAD, height: cellHeight - 2 * CELL_PAD };
    const pack = gridPack(items.length, box);
    const fits = items.length === 1 || pack.spacing >= Math.max(MIN_SPACING, 1.5 * r[0]!);
    return { key, cell, items, r, cx, cy, box, pack, cluster: !fits };
  });
  // Over the bubble budget: the most crowded cells (then by key) become clusters first.
  let bubbles = planned.reduce((n, p) => n + (p.cluster ? 0 : p.items.length), 0);
  const budget = input.maxBubbles ?? MAX_BUBBLES;
  for (const p of [...planned].sort((a, b) => b.items.length - a.items.length || (a.key < b.key ? -1 : 1))) {
    if (bubbles <= budget) break;
    if (p.cluster || p.items.length < 2) continue;
    p.cluster = true;
    bubbles -= p.items.length - (p.items.some((it) => it.id === input.keep) ? 1 : 0);
  }
  const maxR = Math.min(cellWidth, cellHeight) / 2 - CELL_PAD;
  const marks: Mark[] = [];
  for (const { key, cell, items, r, cx, cy, box, pack, cluster } of planned) {
    const kept = cluster ? items.findIndex((it) => it.id === input.keep) : -1;
    if (!cluster) {
      items.forEach((item, k) => marks.push({ kind: 'bubble', key: item.id, x: pack.points[k]!.x, y: pack.points[k]!.y, r: r[k]!, item }));
    } else if (kept < 0) {
      marks.push(clusterMark(key, cell, items, cx, cy, maxR));
    } else {
      const [a, b] = gridPack(2, box).points as [{ x: number; y: number }, { x: number; y: number }];
      const others = items.filter((_, k) => k !== kept);
      marks.push({ kind: 'bubble', key: items[kept]!.id, x: a.x, y: a.y, r: r[kept]!, item: items[kept]! });
      if (others.length === 1) marks.push({ kind: 'bubble', key: others[0]!.id, x: b.x, y: b.y, r: r[kept === 0 ? 1 : 0]!, item: others[0]! });
      else marks.push(clusterMark(key, cell, others, b.x, b.y, Math.min(maxR, Math.hypot(b.x - a.x, b.y - a.y) / 2)));
    }
  }
  marks.sort((a, b) => b.r - a.r || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    width,
    height,
    plot,
    cellWidth,
    cellHeight,
    xTicks: dSteps.map((value) => ({ value, x: sx(value) })),
    yTicks: iSteps.map((value) => ({ value, y: sy(value) })),
    quadrants,
    splitX,
    splitY,
    marks,
  };
}

/** One cell over the whole plot: every insight a bubble; radii shrink together when the cell is very full. */
function zoomed(input: LayoutInput, width: number, height: number, plot: Rect, items: Item[]): Geometry {
  const zoom = input.zoom!;
  const box = { x: plot.x + 8, y: plot.y + 8, width: plot.width - 16, height: plot.height - 16 };
  const sorted = items.sort(byReach);
  const pack = gridPack(sorted.length, box);
  const [rMin0, rMax0] = radiusRange(plot.width / 4, plot.height / 4);
  const k = sorted.length > 1 ? Math.min(1, Math.max(0.15, (pack.spacing / 2 - 1) / rMax0)) : 1;
  const radii: [number, number] = [Math.max(2, rMin0 * k), rMax0 * k];
  const marks: Mark[] = sorted.map((item, n) => ({ kind: 'bubble', key: item.id, x: pack.points[n]!.x, y: pack.points[n]!.y, r: radiusOf(item.reach, input.maxReach, radii), item }));
  marks.sort((a, b) => b.r - a.r || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    width,
    height,
    plot,
    cellWidth: plot.width,
    cellHeight: plot.height,
    xTicks: [{ value: zoom.difficulty, x: plot.x + plot.width / 2 }],
    yTicks: [{ value: zoom.impact, y: plot.y + plot.height / 2 }],
    quadrants: [{ quadrant: quadrantOf(zoom.difficulty, zoom.impact, input.difficulty, input.impact), ...plot }],
    marks,
    zoom,
  };
}

/** Pixel → snapped ratings, for dragging in the full matrix. */
export function invert(g: Geometry, px: number, py: number, d: RatingScale, im: RatingScale): { difficulty: number; impact: number } {
  const x0 = d.min - d.step / 2;
  const x1 = d.max + d.step / 2;
  const y0 = im.min - im.step / 2;
  const y1 = im.max + im.step / 2;
  const vx = x0 + ((px - g.plot.x) / g.plot.width) * (x1 - x0);
  const inner = g.plot.height - 2 * LABEL_BAND;
  const vy = y0 + ((g.plot.y + LABEL_BAND + inner - py) / inner) * (y1 - y0);
  return { difficulty: snap(vx, d), impact: snap(vy, im) };
}

/** Pixel centre of a cell in the full matrix. */
export function cellCentre(g: Geometry, difficulty: number, impact: number, d: RatingScale, im: RatingScale): { x: number; y: number } {
  const x0 = d.min - d.step / 2;
  const x1 = d.max + d.step / 2;
  const y0 = im.min - im.step / 2;
  const y1 = im.max + im.step / 2;
  return {
    x: g.plot.x + ((difficulty - x0) / (x1 - x0)) * g.plot.width,
    y: g.plot.y + LABEL_BAND + (g.plot.height - 2 * LABEL_BAND) - ((impact - y0) / (y1 - y0)) * (g.plot.height - 2 * LABEL_BAND),
  };
}
