// Template tables of table constructors (the TDUP constant). The parser fills the template
// key by key as LuaJIT fills a real table, and which keys end up in the array part and
// which in the hash part (and in which node) follows from LuaJIT's table layout: the array
// part sized at creation, hash nodes chained from their main position with Brent's
// variation, and a rehash that re-sizes both parts when the hash part is full. Dumps store
// the template in exactly that layout, so it is reproduced here.
//
// Node positions of string keys depend on string IDs that LuaJIT assigns at interning time
// (they differ between runs), so strings get a stable hash of their bytes instead.
import { TemplateTable, type TemplateValue } from "./func.ts";

type Key = string | number | boolean;
/** Placeholder value of keys whose value is computed at run time (cleared at the end). */
const PENDING = Symbol("pending");
type Val = TemplateValue | typeof PENDING;

const LJ_MAX_ABITS = 28;
const LJ_MAX_ASIZE = (1 << (LJ_MAX_ABITS - 1)) + 1;
const NIL = -1; // No next node.

/** Index of the highest set bit (x > 0). */
function fls(x: number): number {
  return 31 - Math.clz32(x);
}

/** Hash bits for a hash part of s entries. */
export function hsize2hbits(s: number): number {
  return s ? (s === 1 ? 1 : 1 + fls(s - 1)) : 0;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const rol = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;

/** Hash of a number key from the two halves of its bits. */
function hashNum(n: number): number {
  f64[0] = n;
  let lo = u32[0];
  let hi = (u32[1] << 1) >>> 0;
  lo = (lo ^ hi) >>> 0;
  hi = rol(hi, 14);
  lo = (lo - hi) >>> 0;
  hi = rol(hi, 5);
  hi = (hi ^ lo) >>> 0;
  hi = (hi - rol(lo, 13)) >>> 0;
  return hi;
}

/** Stable stand-in for a string's ID: FNV-1a of its bytes. */
function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** An int32 key value, or null when the number is not one. */
function int32Key(n: number): number | null {
  return n >= -2147483648 && n <= 2147483647 && Math.trunc(n) === n ? n | 0 : null;
}

export class KTab {
  private array: Val[] = [];
  private asize = 0;
  private hmask = 0;
  private keys: (Key | undefined)[] = [undefined];
  private vals: Val[] = [undefined];
  private next: number[] = [NIL];
  /** Free nodes are searched downwards from here. */
  private freetop = 0;

  constructor(asize: number, hbits: number) {
    this.resize(asize, hbits);
  }

  /** Stores a constant value; `pending` marks a value computed at run time. */
  set(key: Key, value: TemplateValue, pending = false): void {
    this.setVal(key, pending ? PENDING : value);
  }

  /** Grows the array part to hold keys up to nasize (inclusive). */
  reasize(nasize: number): void {
    this.resize(nasize + 1, this.hmask > 0 ? fls(this.hmask) + 1 : 0);
  }

  get arraySize(): number {
    return this.asize;
  }

  /** The finished template: pending values become nil, nil entries are left out. */
  finish(): TemplateTable {
    let n = this.asize;
    while (n > 0 && (this.array[n - 1] === undefined || this.array[n - 1] === PENDING)) n--;
    const array = this.array.slice(0, n).map((v) => (v === PENDING ? undefined : v));
    const hash: [Exclude<TemplateValue, undefined>, TemplateValue][] = [];
    for (let i = 0; i <= this.hmask; i++) {
      const v = this.vals[i];
      if (v !== undefined && v !== PENDING) {
        hash.push([this.keys[i] as Exclude<TemplateValue, undefined>, v]);
      }
    }
    // Only keys with run-independent hashes make a layout worth reproducing.
    const nodes = this.hmask > 0 && !this.keys.some((k) => typeof k === "string")
      ? {
        keys: this.keys.slice() as (number | boolean | undefined)[],
        next: this.next.slice(),
        freetop: this.freetop,
      }
      : undefined;
    const hbits = this.hmask > 0 ? fls(this.hmask) + 1 : 0;
    return new TemplateTable(array, hash, hbits, this.asize, nodes);
  }

  // -- Hash part ------------------------------------------------------------------------

  private mainPos(key: Key): number {
    let h: number;
    if (typeof key === "string") h = hashStr(key);
    else if (typeof key === "number") h = hashNum(key);
    else h = key ? 1 : 0;
    return h & this.hmask;
  }

  /** Node of a key, inserted when missing; NIL when the table was re-sized instead. */
  private slot(key: Key): number {
    for (let n = this.mainPos(key); n !== NIL; n = this.next[n]) {
      if (this.keys[n] === key) return n;
    }
    return this.newKey(key);
  }

  /** Inserts a key: into its main position, moving a colliding key that is not there.
   * NIL when there was no free node: the table was re-sized and the key must be set again. */
  private newKey(key: Key): number {
    let n = this.mainPos(key);
    if (this.vals[n] !== undefined || this.hmask === 0) {
      let free = this.freetop;
      do {
        if (free === 0) { // No free node: re-size both parts and retry.
          this.rehash(key);
          return NIL;
        }
      } while (this.keys[--free] !== undefined);
      this.freetop = free;
      let collide = this.mainPos(this.keys[n] as Key);
      if (collide !== n) {
        // The occupant is not in its main position: move it to the free node.
        while (this.next[collide] !== n) collide = this.next[collide];
        this.next[collide] = free;
        this.vals[free] = this.vals[n];
        this.keys[free] = this.keys[n];
        this.next[free] = this.next[n];
        this.next[n] = NIL;
        this.vals[n] = undefined;
        this.rechain(free, n);
      } else { // The occupant owns the position: chain the new key behind it.
        this.next[free] = this.next[n];
        this.next[n] = free;
        n = free;
      }
    }
    this.keys[n] = key;
    return n;
  }

  /** After moving a node away from n, re-links chain members whose main position is n. */
  private rechain(free: number, n: number): void {
    let f = free;
    for (let nn; (nn = this.next[f]) !== NIL;) {
      if (this.vals[nn] !== undefined && this.mainPos(this.keys[nn] as Key) === n) {
        this.next[f] = this.next[nn];
        this.next[nn] = this.next[n];
        this.next[n] = nn;
        // Others may now hang off a moved node: re-link every key not in its main position.
        while ((nn = this.next[f]) !== NIL) {
          if (this.vals[nn] !== undefined) {
            const mn = this.mainPos(this.keys[nn] as Key);
            if (mn !== f && mn !== nn) {
              this.next[f] = this.next[nn];
              this.next[nn] = this.next[mn];
              this.next[mn] = nn;
            } else {
              f = nn;
            }
          } else {
            f = nn;
          }
        }
        return;
      }
      f = nn;
    }
  }

  // -- Re-sizing --------------------------------------------------------------------------

  private resize(asize: number, hbits: number): void {
    const oldKeys = this.keys, oldVals = this.vals, oldHmask = this.hmask;
    const oldAsize = this.asize;
    if (asize > oldAsize) {
      for (let i = oldAsize; i < asize; i++) this.array[i] = undefined;
      this.asize = asize;
    }
    const hsize = hbits ? 1 << hbits : 1;
    this.hmask = hbits ? hsize - 1 : 0;
    this.keys = new Array(hsize).fill(undefined);
    this.vals = new Array(hsize).fill(undefined);
    this.next = new Array(hsize).fill(NIL);
    this.freetop = hbits ? hsize : 0;
    if (asize < oldAsize) {
      this.asize = asize;
      const moved = this.array.splice(asize);
      for (let i = 0; i < moved.length; i++) {
        if (moved[i] !== undefined) this.setVal(asize + i, moved[i]);
      }
    }
    if (oldHmask > 0) {
      for (let i = 0; i <= oldHmask; i++) {
        const v = oldVals[i];
        if (v !== undefined) this.setVal(oldKeys[i] as Key, v);
      }
    }
  }

  /** Stores a value under a key (lj_tab_set), in the array part when it belongs there. */
  private setVal(key: Key, v: Val): void {
    for (;;) {
      if (typeof key === "number") {
        const k = int32Key(key);
        if (k !== null) {
          if (k >= 0 && k < this.asize) {
            this.array[k] = v;
            return;
          }
          key = k; // -0 becomes 0.
        }
      }
      const n = this.slot(key);
      if (n !== NIL) {
        this.vals[n] = v;
        return;
      }
    }
  }

  /** Picks new sizes from the integer keys present (including the one being added). */
  private rehash(extra: Key): void {
    const bins = new Array(LJ_MAX_ABITS).fill(0);
    let na = this.countArray(bins);
    let total = 1 + na;
    for (let i = 0; i <= this.hmask; i++) {
      if (this.vals[i] !== undefined) {
        na += countInt(this.keys[i] as Key, bins);
        total++;
      }
    }
    na += countInt(extra, bins);
    // Largest power-of-two array size that would be more than half full.
    let sz = 0, inArray = 0;
    for (let b = 0, sum = 0; 2 * na > 2 ** b && sum !== na; b++) {
      if (bins[b] > 0 && 2 * (sum += bins[b]) > 2 ** b) {
        sz = 2 ** (b + 1) + 1;
        inArray = sum;
      }
    }
    this.resize(sz, hsize2hbits(total - inArray));
  }

  private countArray(bins: number[]): number {
    if (this.asize === 0) return 0;
    let na = 0, i = 0;
    for (let b = 0; b < LJ_MAX_ABITS; b++) {
      let top = 2 ** (b + 1);
      if (top >= this.asize) {
        top = this.asize - 1;
        if (i > top) break;
      }
      let n = 0;
      for (; i <= top; i++) if (this.array[i] !== undefined) n++;
      bins[b] += n;
      na += n;
    }
    return na;
  }
}

/** Counts an integer key into the bins of array sizes; 1 if it is one. */
function countInt(key: Key, bins: number[]): number {
  if (typeof key === "number") {
    const k = int32Key(key);
    if (k !== null && k >= 0 && k < LJ_MAX_ASIZE) {
      bins[k > 2 ? fls(k - 1) : 0]++;
      return 1;
    }
  }
  return 0;
}
