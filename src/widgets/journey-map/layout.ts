/**
 * Journey-map geometry: validated, cleaned journey + container width → boxes,
 * connector paths and the emotion curve. Pure (no DOM), like a d3-shape
 * generator, so it is tested with hand-derived numbers.
 */
import { curveMonotoneX, curveMonotoneY, line } from 'd3-shape';
import type { Lane, LaneKind, Stage, Touchpoint, Transition } from '../../data/schemas/journey.js';

/** Grid metrics in CSS pixels. */
export const GRID = {
  /** Width of the sticky lane-header column. */
  laneHeader: 148,
  stageHeader: 56,
  /** Height of the emotion band between stage headers and lanes. */
  emotion: 112,
  /** Vertical padding inside the emotion band (the ±2 lines sit this far in). */
  emotionPad: 18,
  cardW: 184,
  cardMaxW: 252,
  cardH: 132,
  /** Horizontal gap between columns; connector labels live in it. */
  colGap: 68,
  /** Space above and below a card inside its lane. */
  lanePad: 22,
} as const;

/** Stacked (narrow) metrics. */
export const STACK = {
  /** Left gutter with the vertical emotion curve. */
  gutter: 52,
  gutterPad: 10,
  stageHeader: 44,
  cardH: 112,
  gap: 10,
  /** Extra space after the last card of a stage. */
  stageGap: 14,
  /** The row of a card's incoming hand-over chip, under its meta line (cards without one are that much shorter). */
  handoverRow: 22,
} as const;

/**
 * The pain-point mark on the emotion curve: a bolt of `size` px whose box
 * starts `x` px left of and `y` px above the point (centred above it, clear
 * of a dip's diamond). Drawn for the touchpoint's flag, whatever the curve does there.
 */
export const PAIN_MARK = { size: 14, x: 7, y: 24 } as const;

/** Below this container width the map stacks vertically. */
export const NARROW = 600;

export interface CardBox {
  id: string;
  /** Index of the touchpoint in the (cleaned) journey. */
  index: number;
  stageIndex: number;
  laneIndex: number;
  /** Global column (grid) or position in the list (stack). */
  column: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface StageBox {
  id: string;
  name: string;
  index: number;
  x: number;
  y: number;
  w: number;
  h: number;
  columns: number;
}

export interface LaneBox {
  id: string;
  name: string;
  kind: LaneKind;
  index: number;
  y: number;
  h: number;
}

export type ConnectorShape = 'forward' | 'vertical' | 'back';

export interface Connector {
  key: string;
  from: string;
  to: string;
  shape: ConnectorShape;
  /** SVG path of the line. */
  path: string;
  /** SVG path of the arrow head (a closed triangle at the target). */
  arrow: string;
  /** Where the label is centred: in the free gap before the target. */
  labelX: number;
  labelY: number;
  /** Stroke width from the transition volume (1.5 … 5). */
  width: number;
  handover: boolean;
  transition: Transition;
}

export interface EmotionPoint {
  x: number;
  y: number;
  /** Mean emotional rating of the touchpoints at this column (−2 … +2). */
  value: number;
  touchpointIds: string[];
  /** A local minimum below zero: an emotional dip (from the values alone). */
  dip: boolean;
  /** One of the touchpoints is flagged as a pain point: marked on its own, never as a dip. */
  pain: boolean;
}

export interface EmotionCurve {
  points: EmotionPoint[];
  /** Smooth SVG path through the points ('' with fewer than two). */
  path: string;
  /** Position of the zero line (y in grid mode, x in stack mode), and the ±2 lines. */
  zero: number;
  plus: number;
  minus: number;
}

export interface GridLayout {
  mode: 'grid';
  width: number;
  height: number;
  columns: number;
  colW: number;
  cardW: number;
  stages: StageBox[];
  lanes: LaneBox[];
  cards: CardBox[];
  connectors: Connector[];
  emotion: EmotionCurve;
  /** Top of the emotion band and of the first lane. */
  emotionTop: number;
  lanesTop: number;
}

export interface StackLayout {
  mode: 'stack';
  width: number;
  height: number;
  stages: StageBox[];
  cards: CardBox[];
  emotion: EmotionCurve;
}

export type JourneyLayout = GridLayout | StackLayout;

export interface LayoutInput {
  stages: readonly Stage[];
  lanes: readonly Lane[];
  touchpoints: readonly Touchpoint[];
  transitions?: readonly Transition[];
  /** Emotional rating per touchpoint id (segment-aware); missing = not rated. */
  emotions?: ReadonlyMap<string, number>;
}

interface Placement {
  stageIndex: number;
  laneIndex: number;
  column: number;
  slot: number;
}

/**
 * Columns: within a stage, touchpoints of a lane take the stage's columns in
 * data order; a touchpoint that follows another one of the same stage (by a
 * transition) sits no further left than it (same column in another lane, the
 * next column in the same lane), so steps run left to right or straight down.
 * A stage is as many columns wide as it needs (at least one). Touchpoints in
 * unknown stages/lanes are skipped.
 */
export function placeTouchpoints(input: LayoutInput): { placements: (Placement | undefined)[]; stageColumns: number[]; firstColumn: number[]; columns: number } {
  const stageIndex = new Map(input.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(input.lanes.map((l, i) => [l.id, i]));
  const incoming = new Map<string, string[]>();
  for (const t of input.transitions ?? []) incoming.set(t.to, [...(incoming.get(t.to) ?? []), t.from]);
  const used = new Set<string>();
  const placed = new Map<string, { stageIndex: number; laneIndex: number; slot: number }>();
  const stageColumns = input.stages.map(() => 1);
  const raw = input.touchpoints.map((tp) => {
    const s = stageIndex.get(tp.stageId);
    const l = laneIndex.get(tp.laneId);
    if (s === undefined || l === undefined || placed.has(tp.id)) return undefined;
    let slot = 0;
    for (const from of incoming.get(tp.id) ?? []) {
      const p = placed.get(from);
      if (p && p.stageIndex === s) slot = Math.max(slot, p.laneIndex === l ? p.slot + 1 : p.slot);
    }
    while (used.has(`${s}|${l}|${slot}`)) slot++;
    used.add(`${s}|${l}|${slot}`);
    const p = { stageIndex: s, laneIndex: l, slot };
    placed.set(tp.id, p);
    stageColumns[s] = Math.max(stageColumns[s]!, slot + 1);
    return p;
  });
  const firstColumn: number[] = [];
  let columns = 0;
  for (const c of stageColumns) {
    firstColumn.push(columns);
    columns += c;
  }
  const placements = raw.map((p) => p && { ...p, column: firstColumn[p.stageIndex]! + p.slot });
  return { placements, stageColumns, firstColumn, columns };
}

/**
 * True when the transition passes responsibility from one department or system
 * to another: the explicit `handover` flag, else a change of owner (or, without
 * owners, of lane). Steps from or to the customer lane are not hand-overs.
 */
export function isHandover(t: Transition, from: Touchpoint, to: Touchpoint, lanes: ReadonlyMap<string, Lane>): boolean {
  if (t.handover !== undefined) return t.handover;
  if (lanes.get(from.laneId)?.kind === 'customer' || lanes.get(to.laneId)?.kind === 'customer') return false;
  if (from.owner && to.owner) return from.owner !== to.owner;
  return from.laneId !== to.laneId;
}

/** An incoming hand-over of a touchpoint: who passed it on and how long it waited. */
export interface HandoverIn {
  /** The previous owner (else its lane, else its name). */
  from: string;
  waitingHours?: number;
}

/** The first incoming hand-over of each touchpoint (by transition order), by touchpoint id. */
export function handoversIn(input: Pick<LayoutInput, 'lanes' | 'touchpoints' | 'transitions'>): Map<string, HandoverIn> {
  const lanes = new Map(input.lanes.map((l) => [l.id, l]));
  const tps = new Map(input.touchpoints.map((t) => [t.id, t]));
  const out = new Map<string, HandoverIn>();
  for (const t of input.transitions ?? []) {
    const a = tps.get(t.from);
    const b = tps.get(t.to);
    if (!a || !b || out.has(t.to) || !isHandover(t, a, b, lanes)) continue;
    out.set(t.to, { from: a.owner ?? lanes.get(a.laneId)?.name ?? a.name, ...(t.waitingHours !== undefined ? { waitingHours: t.waitingHours } : {}) });
  }
  return out;
}

const r = (v: number) => Math.round(v * 100) / 100;

/** Emotion points (mean per column), with dips: local minima below zero. */
function emotionPoints(
  groups: Map<number, { ids: string[]; values: number[]; pain: boolean; pos: number }>,
  toCoord: (value: number) => number,
): (Omit<EmotionPoint, 'x' | 'y'> & { pos: number; coord: number })[] {
  const list = [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, g]) => {
      const value = g.values.reduce((a, b) => a + b, 0) / g.values.length;
      return { value, touchpointIds: g.ids, pain: g.pain, dip: false, pos: g.pos, coord: toCoord(value) };
    });
  list.forEach((p, i) => {
    const prev = list[i - 1]?.value;
    const next = list[i + 1]?.value;
    const lowerOrEqual = (prev === undefined || p.value <= prev) && (next === undefined || p.value <= next);
    const strictly = (prev !== undefined && p.value < prev) || (next !== undefined && p.value < next) || list.length === 1;
    p.dip = p.value < 0 && lowerOrEqual && strictly;
  });
  return list;
}

/** Grid layout: stages as columns, lanes as rows; fills the width when the columns fit, scrolls otherwise. */
export function layoutGrid(input: LayoutInput, width: number): GridLayout {
  const { placements, stageColumns, firstColumn, columns } = placeTouchpoints(input);
  const natural = GRID.cardW + GRID.colGap;
  const available = Math.max(0, width - GRID.laneHeader);
  const colW = columns * natural < available ? Math.min(GRID.cardMaxW + GRID.colGap, Math.floor(available / columns)) : natural;
  const cardW = colW - GRID.colGap;
  const laneH = GRID.cardH + 2 * GRID.lanePad;
  const emotionTop = GRID.stageHeader;
  const lanesTop = GRID.stageHeader + GRID.emotion;
  const height = lanesTop + input.lanes.length * laneH;

  const stages: StageBox[] = input.stages.map((s, i) => ({
    id: s.id,
    name: s.name,
    index: i,
    x: GRID.laneHeader + firstColumn[i]! * colW,
    y: 0,
    w: stageColumns[i]! * colW,
    h: GRID.stageHeader,
    columns: stageColumns[i]!,
  }));
  const lanes: LaneBox[] = input.lanes.map((l, i) => ({ id: l.id, name: l.name, kind: l.kind, index: i, y: lanesTop + i * laneH, h: laneH }));

  const cards: CardBox[] = [];
  const byId = new Map<string, CardBox>();
  input.touchpoints.forEach((tp, index) => {
    const p = placements[index];
    if (!p || byId.has(tp.id)) return;
    const card = {
      id: tp.id,
      index,
      stageIndex: p.stageIndex,
      laneIndex: p.laneIndex,
      column: p.column,
      x: GRID.laneHeader + p.column * colW + GRID.colGap / 2,
      y: lanesTop + p.laneIndex * laneH + GRID.lanePad,
      w: cardW,
      h: GRID.cardH,
    };
    cards.push(card);
    byId.set(tp.id, card);
  });

  // Emotion band: +2 at the top line, −2 at the bottom line.
  const plus = emotionTop + GRID.emotionPad;
  const minus = emotionTop + GRID.emotion - GRID.emotionPad;
  const toY = (v: number) => r(plus + ((2 - v) / 4) * (minus - plus));
  const groups = new Map<number, { ids: string[]; values: number[]; pain: boolean; pos: number }>();
  for (const card of cards) {
    const tp = input.touchpoints[card.index]!;
    const v = input.emotions ? input.emotions.get(tp.id) : tp.emotion;
    if (v === undefined || !Number.isFinite(v)) continue;
    const g = groups.get(card.column) ?? { ids: [], values: [], pain: false, pos: card.x + card.w / 2 };
    g.ids.push(tp.id);
    g.values.push(v);
    g.pain ||= tp.painPoint !== undefined;
    groups.set(card.column, g);
  }
  const points: EmotionPoint[] = emotionPoints(groups, toY).map(({ pos, coord, ...p }) => ({ ...p, x: pos, y: coord }));
  const path = points.length > 1 ? (line<EmotionPoint>((p) => p.x, (p) => p.y).curve(curveMonotoneX)(points) ?? '') : '';

  return {
    mode: 'grid',
    width: GRID.laneHeader + columns * colW,
    height,
    columns,
    colW,
    cardW,
    stages,
    lanes,
    cards,
    connectors: connectorsOf(input, byId),
    emotion: { points, path, zero: r((plus + minus) / 2), plus, minus },
    emotionTop,
    lanesTop,
  };
}

/** Connector geometry between placed touchpoints. */
function connectorsOf(input: LayoutInput, byId: ReadonlyMap<string, CardBox>): Connector[] {
  const tps = new Map(input.touchpoints.map((t) => [t.id, t]));
  const lanes = new Map(input.lanes.map((l) => [l.id, l]));
  const maxVolume = Math.max(0, ...(input.transitions ?? []).map((t) => t.volume ?? 0));
  const out: Connector[] = [];
  (input.transitions ?? []).forEach((t, i) => {
    const a = byId.get(t.from);
    const b = byId.get(t.to);
    if (!a || !b || a === b) return;
    const width = t.volume !== undefined && maxVolume > 0 ? r(1.5 + 3.5 * Math.sqrt(t.volume / maxVolume)) : 1.5;
    const handover = isHandover(t, tps.get(t.from)!, tps.get(t.to)!, lanes);
    const base = { key: `${i}|${t.from}|${t.to}`, from: t.from, to: t.to, width, handover, transition: t };
    if (b.column > a.column) {
      // Straight out of the source, an S-bend in the gap before the target.
      const x1 = a.x + a.w;
      const y1 = a.y + a.h / 2;
      const x2 = b.x;
      const y2 = b.y + b.h / 2;
      const xa = x2 - GRID.colGap;
      const xm = x2 - GRID.colGap / 2;
      out.push({
        ...base,
        shape: 'forward',
        path: `M${x1},${y1}H${xa}C${xm},${y1} ${xm},${y2} ${x2 - 2},${y2}`,
        arrow: `M${x2 - 8},${y2 - 4.5}L${x2},${y2}L${x2 - 8},${y2 + 4.5}Z`,
        labelX: xm,
        labelY: (y1 + y2) / 2,
      });
    } else if (b.column === a.column) {
      const x = a.x + a.w / 2;
      const down = b.laneIndex > a.laneIndex;
      const y1 = down ? a.y + a.h : a.y;
      const y2 = down ? b.y : b.y + b.h;
      const s = down ? 1 : -1;
      out.push({
        ...base,
        shape: 'vertical',
        path: `M${x},${y1}V${y2 - 2 * s}`,
        arrow: `M${x - 4.5},${y2 - 8 * s}L${x},${y2}L${x + 4.5},${y2 - 8 * s}Z`,
        labelX: x,
        labelY: y2 - GRID.lanePad * s,
      });
    } else {
      // Backwards: down into the lane gap below both cards, across, and up into the target.
      const x1 = a.x + a.w / 2;
      const x2 = b.x + b.w / 2;
      const y1 = a.y + a.h;
      const y2 = b.y + b.h;
      const yb = Math.max(y1, y2) + GRID.lanePad;
      out.push({
        ...base,
        shape: 'back',
        path: `M${x1},${y1}V${yb}H${x2}V${y2 + 2}`,
        arrow: `M${x2 - 4.5},${y2 + 8}L${x2},${y2}L${x2 + 4.5},${y2 + 8}Z`,
        labelX: (x1 + x2) / 2,
        labelY: yb,
      });
    }
  });
  return out;
}

/**
 * Stacked layout: stage sections one below the other, one card per row, the
 * emotion curve running down the left gutter. A card with an incoming
 * hand-over is a row taller: its chip gets a line of its own (it does not fit
 * beside the lane, channel and owner in a narrow card).
 */
export function layoutStack(input: LayoutInput, width: number): StackLayout {
  const { placements } = placeTouchpoints(input);
  const handovers = handoversIn(input);
  const order = input.touchpoints
    .map((tp, index) => ({ tp, index, p: placements[index] }))
    .filter((e): e is { tp: Touchpoint; index: number; p: Placement } => e.p !== undefined)
    .sort((a, b) => a.p.stageIndex - b.p.stageIndex || a.p.slot - b.p.slot || a.p.laneIndex - b.p.laneIndex || a.index - b.index);
  const stages: StageBox[] = [];
  const cards: CardBox[] = [];
  const seen = new Set<string>();
  let y = 0;
  let k = 0;
  input.stages.forEach((s, i) => {
    const members = order.filter((e) => e.p.stageIndex === i && !seen.has(e.tp.id));
    stages.push({ id: s.id, name: s.name, index: i, x: 0, y, w: width, h: STACK.stageHeader, columns: 1 });
    y += STACK.stageHeader;
    for (const e of members) {
      seen.add(e.tp.id);
      const h = STACK.cardH + (handovers.has(e.tp.id) ? STACK.handoverRow : 0);
      cards.push({ id: e.tp.id, index: e.index, stageIndex: i, laneIndex: e.p.laneIndex, column: k++, x: STACK.gutter, y, w: Math.max(0, width - STACK.gutter), h });
      y += h + STACK.gap;
    }
    y += STACK.stageGap;
  });
  // −2 at the left edge of the gutter, +2 at the right.
  const minus = STACK.gutterPad;
  const plus = STACK.gutter - STACK.gutterPad;
  const toX = (v: number) => r(minus + ((v + 2) / 4) * (plus - minus));
  const groups = new Map<number, { ids: string[]; values: number[]; pain: boolean; pos: number }>();
  for (const card of cards) {
    const tp = input.touchpoints[card.index]!;
    const v = input.emotions ? input.emotions.get(tp.id) : tp.emotion;
    if (v === undefined || !Number.isFinite(v)) continue;
    groups.set(card.column, { ids: [tp.id], values: [v], pain: tp.painPoint !== undefined, pos: card.y + card.h / 2 });
  }
  const points: EmotionPoint[] = emotionPoints(groups, toX).map(({ pos, coord, ...p }) => ({ ...p, x: coord, y: pos }));
  const path = points.length > 1 ? (line<EmotionPoint>((p) => p.x, (p) => p.y).curve(curveMonotoneY)(points) ?? '') : '';
  return { mode: 'stack', width, height: Math.max(0, y - STACK.stageGap), stages, cards, emotion: { points, path, zero: r((minus + plus) / 2), plus, minus } };
}

/** The layout for a container width: stacked below 600 px, the grid otherwise (and while the width is unknown, 0). */
export function modeFor(width: number): JourneyLayout['mode'] {
  return width > 0 && width < NARROW ? 'stack' : 'grid';
}

/** Lays the journey out in `mode`, by default the one for `width` (see `modeFor`). */
export function layoutJourney(input: LayoutInput, width: number, mode = modeFor(width)): JourneyLayout {
  return mode === 'stack' ? layoutStack(input, width) : layoutGrid(input, width);
}
