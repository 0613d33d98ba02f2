/** Keyboard movement between touchpoint cards; pure, so it is tested without a DOM. */
export interface NavCard {
  id: string;
  /** Global column (grid) or list position (stack). */
  column: number;
  laneIndex: number;
  stageIndex: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
export const NAV_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

const byPosition = (a: NavCard, b: NavCard) => a.column - b.column || a.laneIndex - b.laneIndex;

/** The nearest card in the given direction; among ties the one in the nearer (then upper, then left) place. */
function nearest(list: readonly NavCard[], score: (c: NavCard) => number[]): NavCard | undefined {
  let best: NavCard | undefined;
  let bestScore: number[] = [];
  for (const c of list) {
    const s = score(c);
    let better = !best;
    for (let i = 0; !better && i < s.length; i++) {
      if (s[i]! < bestScore[i]!) better = true;
      else if (s[i]! > bestScore[i]!) break;
    }
    if (better) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Grid: Left/Right go to the nearest column that has a card (same lane
 * preferred, else the nearest lane); Up/Down to the nearest lane that has a
 * card (same column preferred, else the nearest column); Home/End to the first/last card.
 * Stack: Up/Down go to the previous/next card, Left/Right to the first card of the previous/next stage.
 * Returns the id to focus, or undefined at the edge.
 */
export function move(cards: readonly NavCard[], currentId: string | undefined, key: NavKey, mode: 'grid' | 'stack'): string | undefined {
  if (!cards.length) return undefined;
  const sorted = [...cards].sort(byPosition);
  const cur = cards.find((c) => c.id === currentId);
  if (!cur || key === 'Home') return sorted[0]!.id;
  if (key === 'End') return sorted[sorted.length - 1]!.id;
  if (mode === 'stack') {
    const i = sorted.indexOf(cur);
    if (key === 'ArrowDown') return sorted[i + 1]?.id;
    if (key === 'ArrowUp') return sorted[i - 1]?.id;
    if (key === 'ArrowRight') return sorted.find((c) => c.stageIndex > cur.stageIndex)?.id;
    const prevStage = [...sorted].reverse().find((c) => c.stageIndex < cur.stageIndex)?.stageIndex;
    return prevStage === undefined ? undefined : sorted.find((c) => c.stageIndex === prevStage)?.id;
  }
  const dl = (c: NavCard) => Math.abs(c.laneIndex - cur.laneIndex);
  const dc = (c: NavCard) => Math.abs(c.column - cur.column);
  switch (key) {
    case 'ArrowRight':
      return nearest(cards.filter((c) => c.column > cur.column), (c) => [c.column, dl(c), c.laneIndex])?.id;
    case 'ArrowLeft':
      return nearest(cards.filter((c) => c.column < cur.column), (c) => [-c.column, dl(c), c.laneIndex])?.id;
    case 'ArrowDown':
      return nearest(cards.filter((c) => c.laneIndex > cur.laneIndex), (c) => [c.laneIndex, dc(c), c.column])?.id;
    case 'ArrowUp':
      return nearest(cards.filter((c) => c.laneIndex < cur.laneIndex), (c) => [-c.laneIndex, dc(c), c.column])?.id;
  }
  return undefined;
}
