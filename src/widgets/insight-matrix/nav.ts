export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The index of the point to move to from `from` when an arrow key is pressed:
 * among points ahead in that direction (strictly), the one with the smallest
 * `ahead + 2 × sideways` distance; ties by list order. Returns `from` when
 * nothing lies that way. Screen coordinates: y grows downwards.
 */
export function step(points: readonly { x: number; y: number }[], from: number, dir: Direction): number {
  const p = points[from];
  if (!p) return from;
  let best = from;
  let bestScore = Infinity;
  points.forEach((q, k) => {
    if (k === from) return;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const ahead = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const side = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (ahead <= 0.5) return;
    const score = ahead + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}
