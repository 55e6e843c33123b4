// A small seeded generator (xoshiro128**) so that one seed always yields the same program.

/** Mixes a 32-bit value (splitmix-style finalizer), used to expand seeds. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The seed of the i-th program of a campaign started with `seed`. */
export function programSeed(seed: number, i: number): number {
  return mix32(mix32(seed >>> 0) ^ Math.imul(i + 1, 0x9e3779b9));
}

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    this.s0 = mix32(seed ^ 0x1234567);
    this.s1 = mix32(this.s0 ^ 0x89abcdef);
    this.s2 = mix32(this.s1 ^ 0x2545f491);
    this.s3 = mix32(this.s2 ^ 0x6a09e667) | 1;
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const r = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 1 ? 0 : Math.floor((this.u32() / 4294967296) * n);
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.u32() / 4294967296 < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Picks a key of a table of weights, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    let total = 0;
    for (const k in weights) total += weights[k];
    let r = (this.u32() / 4294967296) * total;
    let last: K | undefined;
    for (const k in weights) {
      last = k;
      r -= weights[k];
      if (r < 0 && weights[k] > 0) return k;
    }
    return last as K;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
