// LuaJIT's pseudo-random number generator: a combined Tausworthe generator (L'Ecuyer's
// maximally-equidistributed LFSR, period 2^223) over four 64-bit states, seeded from a
// double the way math.randomseed does. Same seed, same sequence as luajit.
//
// The 64-bit states are kept as 32-bit halves: u[2i] high, u[2i+1] low.

/** Component generators: [k, q, s] of each LFSR. */
const GENERATORS: readonly [number, number, number][] = [
  [63, 31, 18],
  [58, 19, 28],
  [55, 24, 7],
  [47, 21, 8],
];

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1, HI = LITTLE ? 1 : 0;

// Results of the 64-bit helpers (avoids allocating pairs).
let rh = 0, rl = 0;

function shl64(h: number, l: number, n: number): void {
  if (n === 0) {
    rh = h;
    rl = l;
  } else if (n < 32) {
    rh = ((h << n) | (l >>> (32 - n))) >>> 0;
    rl = (l << n) >>> 0;
  } else {
    rh = (l << (n - 32)) >>> 0;
    rl = 0;
  }
}

function shr64(h: number, l: number, n: number): void {
  if (n === 0) {
    rh = h;
    rl = l;
  } else if (n < 32) {
    rl = ((l >>> n) | (h << (32 - n))) >>> 0;
    rh = h >>> n;
  } else {
    rl = h >>> (n - 32);
    rh = 0;
  }
}

export class PRNG {
  /** State: four 64-bit words as (high, low) pairs. */
  readonly u = new Uint32Array(8);
  /** High and low halves of the last step's 64-bit output. */
  private outHi = 0;
  private outLo = 0;

  /** A generator in the state luajit's math library starts with (the seed 0). */
  constructor() {
    this.seed(0);
  }

  /** One step of all four generators; the xor of their new states goes to outHi/outLo. */
  private step(): void {
    const u = this.u;
    let oh = 0, ol = 0;
    for (let i = 0; i < 4; i++) {
      const [k, q, s] = GENERATORS[i];
      const zh = u[2 * i], zl = u[2 * i + 1];
      // ((z << q) ^ z) >> (k - s)
      shl64(zh, zl, q);
      shr64(rh ^ zh, rl ^ zl, k - s);
      const ah = rh, al = rl;
      // (z & (~0 << (64 - k))) << s
      shl64(0xffffffff, 0xffffffff, 64 - k);
      shl64(zh & rh, zl & rl, s);
      const nh = (ah ^ rh) >>> 0, nl = (al ^ rl) >>> 0;
      u[2 * i] = nh;
      u[2 * i + 1] = nl;
      oh ^= nh;
      ol ^= nl;
    }
    this.outHi = oh >>> 0;
    this.outLo = ol >>> 0;
  }

  /** math.randomseed: each state word is the bit pattern of d*pi+e iterated, then 10 steps. */
  seed(d: number): void {
    const minBits = [1, 6, 9, 17]; // Each word needs a set bit at or above 64-k.
    for (let i = 0; i < 4; i++) {
      d = d * 3.14159265358979323846 + 2.7182818284590452354;
      f64[0] = d;
      // NaN arithmetic on x64 yields the negative default NaN; JS does not keep NaN bits.
      const h = d === d ? u32[HI] : 0xfff80000;
      let l = d === d ? u32[LO] : 0;
      const m = 2 ** minBits[i];
      if (h === 0 && l < m) l += m;
      this.u[2 * i] = h;
      this.u[2 * i + 1] = l;
    }
    for (let i = 0; i < 10; i++) this.step();
  }

  /** A double uniformly in [0, 1): 52 random mantissa bits. */
  random(): number {
    this.step();
    u32[HI] = (this.outHi & 0xfffff) | 0x3ff00000;
    u32[LO] = this.outLo;
    return f64[0] - 1.0;
  }

  /** The next raw 64-bit output as [high, low] (for tests). */
  next64(): [number, number] {
    this.step();
    return [this.outHi, this.outLo];
  }
}
