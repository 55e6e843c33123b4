// Template tables as LuaJIT's loader lays them out (lj_tab.c). A dump lists a template's
// hash entries in node order, from the last node down, and a loaded template is a fresh
// table filled in dump order; so re-dumping a loaded function writes the same bytes as
// luajit only if the keys land in the same nodes as in its table code:
// main positions by hash, collisions chained into free nodes taken from the top (Brent's
// variation), rehashes that resize the array and hash parts by counting integer keys.
//
// Numbers and booleans hash as in LuaJIT. Strings hash by a string id that LuaJIT draws
// from a randomly seeded counter, so its dumps of templates with string keys vary from run
// to run; here a fixed hash of the bytes stands in for the id, which gives one of the
// layouts luajit itself could have produced: same entries, same size, deterministic.
import { TemplateTable, type TemplateValue } from "../core/func.ts";

type Key = Exclude<TemplateValue, undefined>;

/** Largest array part and bits of an array key (LJ_MAX_ASIZE, LJ_MAX_ABITS). */
const MAX_ABITS = 28;
const MAX_ASIZE = (1 << (MAX_ABITS - 1)) + 1;
const NO_NODE = -1;

function fls(x: number): number {
  return 31 - Math.clz32(x);
}

/** Hash bits for a number of hash entries (hsize2hbits). */
export function hsize2hbits(s: number): number {
  return s === 0 ? 0 : s === 1 ? 1 : 1 + fls(s - 1);
}

function rol(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}

/** LuaJIT's bit scrambler for numbers (the x86/x64 variant of hashrot). */
function hashrot(lo: number, hi: number): number {
  lo = (lo ^ hi) >>> 0;
  hi = rol(hi, 14);
  lo = (lo - hi) >>> 0;
  hi = rol(hi, 5);
  hi = (hi ^ lo) >>> 0;
  hi = (hi - rol(lo, 13)) >>> 0;
  return hi;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Stand-in for LuaJIT's string id: FNV-1a over the bytes. */
function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function keyHash(k: Key): number {
  if (typeof k === "string") return strHash(k);
  if (typeof k === "boolean") return k ? 1 : 0;
  f64[0] = k;
  return hashrot(u32[0], (u32[1] << 1) >>> 0);
}

/** An integer array index if k is one (lj_num2int round trip), else -1. */
function arrayIndex(k: Key): number {
  return typeof k === "number" && (k | 0) === k && k >= 0 ? k : -1;
}

/** Index of the integral number k in the array-size histogram, or -1 (countint). */
function intBin(k: Key): number {
  if (typeof k !== "number" || (k | 0) !== k || (k >>> 0) >= MAX_ASIZE) return -1;
  return k > 2 ? fls(k - 1) : 0;
}

/** A LuaJIT table reduced to what decides its dump: array slots and hash nodes. */
export class KTabLayout {
  array: TemplateValue[];
  hmask = 0;
  /** Node keys (undefined: a free node), values and chain links. */
  private nkey: (Key | undefined)[] = [];
  private nval: TemplateValue[] = [];
  private nnext: number[] = [];
  /** Free nodes are searched downwards from here. */
  private freetop = 0;

  /** lj_tab_new: `asize` array slots (0..asize-1), 2^hbits nodes. */
  constructor(asize: number, hbits: number) {
    this.array = new Array(asize).fill(undefined);
    this.newHashPart(hbits);
  }

  private newHashPart(hbits: number): void {
    const size = hbits ? 1 << hbits : 0;
    this.hmask = hbits ? size - 1 : 0;
    this.nkey = new Array(size).fill(undefined);
    this.nval = new Array(size).fill(undefined);
    this.nnext = new Array(size).fill(NO_NODE);
    this.freetop = size;
  }

  private mainPos(k: Key): number {
    return keyHash(k) & this.hmask;
  }

  /** lj_tab_set followed by the store of `val`. */
  set(key: Key, val: TemplateValue): void {
    if (typeof key === "number" && Object.is(key, -0)) key = 0;
    const ai = arrayIndex(key);
    if (ai >= 0 && ai < this.array.length) {
      this.array[ai] = val;
      return;
    }
    if (this.hmask) {
      for (let n = this.mainPos(key); n !== NO_NODE; n = this.nnext[n]) {
        if (this.nkey[n] === key) {
          this.nval[n] = val;
          return;
        }
      }
    }
    const n = this.newKey(key);
    if (n === NO_NODE) this.set(key, val); // Rehashed: insert again.
    else this.nval[n] = val;
  }

  /** lj_tab_newkey: the node for a new key, or NO_NODE after a rehash. */
  private newKey(key: Key): number {
    if (this.hmask === 0) {
      this.rehash(key);
      return NO_NODE;
    }
    const { nkey, nval, nnext } = this;
    let n = this.mainPos(key);
    if (nval[n] !== undefined) {
      let free = this.freetop;
      do {
        if (free === 0) {
          this.rehash(key);
          return NO_NODE;
        }
        free--;
      } while (nkey[free] !== undefined);
      this.freetop = free;
      let collide = this.mainPos(nkey[n]!);
      if (collide !== n) {
        // The occupant is not in its main position: move it to the free node.
        while (nnext[collide] !== n) collide = nnext[collide];
        nnext[collide] = free;
        nkey[free] = nkey[n];
        nval[free] = nval[n];
        nnext[free] = nnext[n];
        nnext[n] = NO_NODE;
        nval[n] = undefined;
        this.rechain(n, free);
      } else {
        nnext[free] = nnext[n];
        nnext[n] = free;
        n = free;
      }
    }
    nkey[n] = key;
    return n;
  }

  /** After moving a node away from `n`: re-link chain entries whose main position is n. */
  private rechain(n: number, free: number): void {
    const { nkey, nval, nnext } = this;
    while (nnext[free] !== NO_NODE) {
      let nn = nnext[free];
      if (nval[nn] !== undefined && this.mainPos(nkey[nn]!) === n) {
        nnext[free] = nnext[nn];
        nnext[nn] = nnext[n];
        nnext[n] = nn;
        while ((nn = nnext[free]) !== NO_NODE) {
          if (nval[nn] !== undefined) {
            const mn = this.mainPos(nkey[nn]!);
            if (mn !== free && mn !== nn) {
              nnext[free] = nnext[nn];
              nnext[nn] = nnext[mn];
              nnext[mn] = nn;
            } else {
              free = nn;
            }
          } else {
            free = nn;
          }
        }
        return;
      }
      free = nn;
    }
  }

  /** rehashtab: new sizes from the integer keys present plus the key being inserted. */
  private rehash(ek: Key): void {
    const bins = new Array<number>(MAX_ABITS).fill(0);
    let asize = this.countArray(bins);
    let total = 1 + asize;
    for (let i = 0; i < this.nkey.length; i++) {
      if (this.nval[i] === undefined) continue;
      total++;
      const b = intBin(this.nkey[i]!);
      if (b >= 0) {
        bins[b]++;
        asize++;
      }
    }
    const eb = intBin(ek);
    if (eb >= 0) {
      bins[eb]++;
      asize++;
    }
    // bestasize: the largest power of two more than half full.
    let sz = 0, na = 0;
    for (let b = 0, sum = 0; 2 * asize > (1 << b) && sum !== asize; b++) {
      if (bins[b] > 0 && 2 * (sum += bins[b]) > (1 << b)) {
        sz = (2 << b) + 1;
        na = sum;
      }
    }
    this.resize(sz, hsize2hbits(total - na));
  }

  private countArray(bins: number[]): number {
    const asize = this.array.length;
    if (asize === 0) return 0;
    let na = 0;
    for (let b = 0, i = 0; b < MAX_ABITS; b++) {
      let top = 2 << b;
      if (top >= asize) {
        top = asize - 1;
        if (i > top) break;
      }
      let n = 0;
      for (; i <= top; i++) if (this.array[i] !== undefined) n++;
      bins[b] += n;
      na += n;
    }
    return na;
  }

  /** lj_tab_resize. */
  resize(asize: number, hbits: number): void {
    const oldArray = this.array;
    const oldKey = this.nkey, oldVal = this.nval;
    if (asize > oldArray.length) {
      this.array = oldArray.concat(new Array(asize - oldArray.length).fill(undefined));
    }
    this.newHashPart(hbits);
    if (asize < oldArray.length) {
      this.array = oldArray.slice(0, asize);
      for (let i = asize; i < oldArray.length; i++) {
        if (oldArray[i] !== undefined) this.set(i, oldArray[i]);
      }
    }
    for (let i = 0; i < oldKey.length; i++) {
      if (oldVal[i] !== undefined) this.set(oldKey[i]!, oldVal[i]);
    }
  }

  /** lj_tab_reasize: array part 0..n, hash part kept at its size. */
  reasize(n: number): void {
    this.resize(n + 1, this.hmask ? fls(this.hmask) + 1 : 0);
  }

  /** The non-nil hash entries in node order. */
  nodeOrder(): [Key, TemplateValue][] {
    const out: [Key, TemplateValue][] = [];
    for (let i = 0; i < this.nkey.length; i++) {
      if (this.nval[i] !== undefined) out.push([this.nkey[i]!, this.nval[i]]);
    }
    return out;
  }
}

/**
 * The template LuaJIT's loader builds from a dumped one (bcread_ktab): an array part of
 * the dumped size, then the hash entries inserted in dump order. Its hash entries come
 * out in node order, which is what a later dump lists (backwards).
 */
export function loadTemplate(
  array: TemplateValue[],
  hash: [Key, TemplateValue][],
): TemplateTable {
  const lt = new KTabLayout(array.length, hsize2hbits(hash.length));
  for (let i = 0; i < array.length; i++) lt.array[i] = array[i];
  for (const [k, v] of hash) lt.set(k, v);
  return new TemplateTable(lt.array, lt.nodeOrder());
}
