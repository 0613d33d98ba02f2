import { mulberry32 } from '../../stories/fixtures/random.js';

/** A small seeded PRNG (mulberry32) with the draws the generator needs. No Date.now, no Math.random. */
export class Rng {
  private readonly draw: () => number;
  constructor(seed: number) {
    this.draw = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.draw();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Standard normal (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Poisson count (Knuth for small means, normal approximation above 60). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 60) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const l = Math.exp(-mean);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  }
  /** n draws over categories with the given probabilities → counts per category. */
  multinomial(n: number, probs: readonly number[]): number[] {
    const counts = probs.map(() => 0);
    // Sequential binomials via the normal approximation for large n, exact draws for small n.
    let left = n;
    let mass = 1;
    for (let i = 0; i < probs.length - 1 && left > 0; i++) {
      const p = mass > 0 ? Math.min(1, Math.max(0, probs[i] / mass)) : 0;
      counts[i] = this.binomial(left, p);
      left -= counts[i];
      mass -= probs[i];
    }
    counts[probs.length - 1] += left;
    return counts;
  }
  binomial(n: number, p: number): number {
    if (n < 60) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    const x = Math.round(this.normal(n * p, Math.sqrt(n * p * (1 - p))));
    return Math.min(n, Math.max(0, x));
  }
}
