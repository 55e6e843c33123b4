// Lua tables: an array part and a hash part sized the way LuaJIT sizes them, so that
// programs observe the same `#t` borders and the same traversal order as with LuaJIT.
//
// Array part: `arr[i]` for 0 <= i < asize (= arr.length; slot 0 included, as in LuaJIT).
// Hash part: keys in a Shape, values in `hvals` at the same positions. Tables built the
// same way (same string keys added in the same order, or the same constructor template)
// share one Shape, so compiled code can cache a key's position per shape at each
// instruction. Lookups scan the keys while there are few and use a Map beyond that.
// Large or irregular tables own their shape ("dictionary" shapes). A key set to nil stays
// as a dead entry (LuaJIT keeps dead nodes too), so that `next` can continue from it
// during a traversal. `hcap` is LuaJIT's node count (0 or a power of two).
//
// Traversal order: while every hash key is a number or a boolean, `nodes` reproduces
// LuaJIT's node layout (tab_hash.ts), which decides when the hash part is full and in
// which order `next` visits the keys; such tables own their shape. Once another key enters
// (strings hash by a per-run seed in LuaJIT, objects by address, so luajit's own order
// changes from run to run), `nodes` is dropped and the hash part keeps insertion order
// until it is emptied: a full hash part then first reuses a dead entry, else rehashes with
// LuaJIT's computesizes, which may move integer keys between the parts.
//
// Keys: -0 is stored as 0, NaN and nil are rejected on store with LuaJIT's messages,
// integral numbers inside the array part index it directly.
import { GCObject, intern, LuaType, type LuaValue } from "./value.ts";
import type { TemplateTable } from "./func.ts";
import { ErrMsg, throwMsg } from "./err.ts";
import { HashNodes, isNodeKey, keyIdx, KeyIndex, mainPos, type NodeKey } from "./tab_hash.ts";

/** Max. bits of an array key, and the largest array part (LJ_MAX_ABITS, LJ_MAX_ASIZE). */
const MAX_ABITS = 28;
const MAX_ASIZE = (1 << (MAX_ABITS - 1)) + 1;
/** Max. hash bits (LJ_MAX_HBITS). */
const MAX_HBITS = 26;

/** Index of the highest set bit (lj_fls); x > 0. */
function fls(x: number): number {
  return 31 - Math.clz32(x);
}

/** Hash bits for a number of hash entries (hsize2hbits). */
export function hsize2hbits(s: number): number {
  return s === 0 ? 0 : s === 1 ? 1 : 1 + fls(s - 1);
}

/** Hash parts up to this many keys are searched linearly (faster than a Map). */
const LINEAR_MAX = 8;

/** Is k an integer-valued number usable as array index below 2^31? */
function isArrayKey(k: number): boolean {
  return (k | 0) === k && k >= 0;
}

/** Shared shapes with more keys than this become dictionary shapes owned by one table. */
const SHARED_MAX = 32;
/** Transitions kept per shared shape; beyond this, new tables get dictionary shapes. */
const TRANSITIONS_MAX = 64;

/**
 * The keys of a hash part, in order. Shared shapes are immutable and reached from EMPTY
 * by adding keys (cached transitions); an owned shape belongs to one table and changes in
 * place when keys are added (positions of existing keys stay valid). Replacing a key at a
 * position always makes a new shape, so a cached position never names another key.
 */
export class Shape {
  map: Map<LuaValue, number> | null = null;
  transitions: Map<LuaValue, Shape> | null = null;
  constructor(readonly keys: LuaValue[], readonly owned: boolean) {
    if (keys.length > LINEAR_MAX) this.buildMap();
  }

  /** Position of a key, or -1. */
  find(k: LuaValue): number {
    const m = this.map;
    if (m !== null) {
      const i = m.get(k);
      return i === undefined ? -1 : i;
    }
    const ks = this.keys;
    for (let i = 0; i < ks.length; i++) if (ks[i] === k) return i;
    return -1;
  }

  /** The shape with key k appended (this one if owned). */
  add(k: LuaValue): Shape {
    if (this.owned) {
      const m = this.map;
      if (m !== null) m.set(k, this.keys.length);
      this.keys.push(k);
      if (m === null && this.keys.length > LINEAR_MAX) this.buildMap();
      return this;
    }
    let tr = this.transitions;
    const next = tr?.get(k);
    if (next !== undefined) return next;
    const keys = this.keys.slice();
    keys.push(k);
    const owned = keys.length > SHARED_MAX || (tr !== null && tr.size >= TRANSITIONS_MAX);
    const s = new Shape(keys, owned);
    if (!owned) (tr ?? (this.transitions = tr = new Map())).set(k, s);
    return s;
  }

  /** A shape like this one with the key at position i replaced by k. */
  replace(i: number, k: LuaValue): Shape {
    const keys = this.keys.slice();
    keys[i] = k;
    return new Shape(keys, true);
  }

  /**
   * Replaces the key at position i in place: only for owned shapes that never held a
   * string key (no inline cache refers to a position of theirs).
   */
  setKey(i: number, k: LuaValue): void {
    const m = this.map;
    if (m !== null) {
      m.delete(this.keys[i]);
      m.set(k, i);
    }
    this.keys[i] = k;
  }

  private buildMap(): void {
    const m = new Map<LuaValue, number>();
    const ks = this.keys;
    for (let i = 0; i < ks.length; i++) m.set(ks[i], i);
    this.map = m;
  }
}

/**
 * Bumped whenever a table that may be part of an __index chain (a metatable, or a table
 * met as __index) changes: compiled code caches chain lookups per epoch.
 */
export const EPOCH = { n: 0 };

/** The shape of tables without hash keys. */
export const EMPTY_SHAPE = new Shape([], false);

/** The shape with the given keys, shared when possible. */
function shapeOf(keys: LuaValue[]): Shape {
  let sh = EMPTY_SHAPE;
  for (const k of keys) sh = sh.add(k);
  return sh;
}

/** Shared shapes of template tables, by template. */
const templateShapes = new WeakMap<TemplateTable, Shape>();
/** Tables laid out node for node as the templates with only number and boolean keys. */
const templateNodes = new WeakMap<TemplateTable, LuaTable | null>();

/** The hash part of a template as LuaJIT laid it out, or null without a layout. */
function nodesOf(tpl: TemplateTable, hbits: number): LuaTable | null {
  const tn = tpl.nodes;
  if (tn === undefined || hbits === 0 || tn.keys.length !== 1 << hbits) return null;
  const live = new Map<LuaValue, LuaValue>(tpl.hash);
  const size = tn.keys.length, nodes = new HashNodes(size);
  const keys: LuaValue[] = [], vals: LuaValue[] = [];
  for (let n = 0; n < size; n++) {
    const k = tn.keys[n];
    if (k !== undefined) {
      nodes.setKey(n, keys.length, mainPos(k, size - 1));
      keys.push(k);
      vals.push(live.get(k));
    }
    nodes.setNext(n, tn.next[n]);
  }
  nodes.free = tn.freetop;
  const t = new LuaTable();
  t.shape = new Shape(keys, true);
  t.hvals = vals;
  t.nodes = nodes;
  return t;
}

export class LuaTable extends GCObject {
  /** Array part: values at integer keys 0..asize-1 (arr.length is asize). */
  arr: LuaValue[];
  /** Hash part keys (dead entries keep their key). */
  shape: Shape = EMPTY_SHAPE;
  /** Hash part values, at the positions of their keys; undefined marks a dead entry. */
  hvals: LuaValue[] | null = null;
  /** Emulated number of hash nodes: 0 or a power of two. */
  hcap = 0;
  /** Positions of entries that became dead, reused by new keys in insertion order. */
  hdead: number[] | null = null;
  /** LuaJIT's node layout while all hash keys are numbers or booleans, else null. */
  nodes: HashNodes | null = null;
  /** Metatable. */
  mt: LuaTable | undefined = undefined;
  /** Negative metamethod cache: bit MM set = known to be absent (tables used as metatables). */
  nomm = 0xff;
  /** Used as a metatable or met in an __index chain: changes bump EPOCH. */
  isProto = false;

  /** The control value ISNEXT starts a `next` loop with (key index 0). */
  static readonly ITER0: KeyIndex = keyIdx(0);

  /** A table with `asize` array slots (0..asize-1) and 2^hbits hash nodes (lj_tab_new). */
  constructor(asize = 0, hbits = 0) {
    super();
    const arr: LuaValue[] = [];
    for (let i = 0; i < asize; i++) arr.push(undefined);
    this.arr = arr;
    if (hbits > 0) {
      if (hbits > MAX_HBITS) throwMsg(ErrMsg.TABOV);
      this.hcap = 1 << hbits;
    }
  }

  get luaType(): LuaType {
    return LuaType.TABLE;
  }

  /** The table TNEW creates from its D operand (asize | hbits << 11). */
  static fromTNEW(d: number): LuaTable {
    let asize = d & 0x7ff;
    if (asize === 0x7ff) asize = 0x801;
    return new LuaTable(asize, d >>> 11);
  }

  /** A copy of a template table (TDUP). */
  static fromTemplate(tpl: TemplateTable): LuaTable {
    const t = new LuaTable();
    t.nomm = 0;
    const arr = tpl.array.slice() as LuaValue[];
    for (let i = arr.length; i < (tpl.asize ?? 0); i++) arr.push(undefined);
    t.arr = arr;
    const hash = tpl.hash;
    const hbits = tpl.hbits ?? hsize2hbits(hash.length);
    t.hcap = hbits > 0 ? 1 << hbits : 0;
    if (tpl.nodes !== undefined) {
      let tn = templateNodes.get(tpl);
      if (tn === undefined) templateNodes.set(tpl, tn = nodesOf(tpl, hbits));
      if (tn !== null) {
        // Node for node, dead keys included (lj_tab_dup).
        t.shape = new Shape(tn.shape.keys.slice(), true);
        t.hvals = tn.hvals!.slice();
        t.nodes = tn.nodes!.clone();
        return t;
      }
    }
    if (hash.length === 0) return t;
    let sh = templateShapes.get(tpl);
    if (sh === undefined) {
      const keys: LuaValue[] = [];
      for (let i = 0; i < hash.length; i++) {
        const k = hash[i][0];
        keys.push(typeof k === "string" ? intern(k) : k);
      }
      templateShapes.set(tpl, sh = shapeOf(keys));
    }
    const vals: LuaValue[] = [];
    for (let i = 0; i < hash.length; i++) vals.push(hash[i][1]);
    t.shape = sh.owned ? new Shape(sh.keys.slice(), true) : sh;
    t.hvals = vals;
    if (hash.length > t.hcap) t.hcap = 1 << hsize2hbits(hash.length);
    return t;
  }

  /** Hash part keys in order, or null without a hash part (for library code). */
  get hkeys(): LuaValue[] | null {
    return this.hvals === null ? null : this.shape.keys;
  }

  // -- Getters ------------------------------------------------------------------------

  /** Position of a key in the hash part, or -1. */
  hfind(k: LuaValue): number {
    return this.shape.find(k);
  }

  /** Raw get (lj_tab_get): nil for absent keys, NaN and nil keys. */
  get(k: LuaValue): LuaValue {
    if (typeof k === "number" && isArrayKey(k) && k < this.arr.length) return this.arr[k];
    const i = this.hfind(k);
    return i < 0 ? undefined : this.hvals![i];
  }

  /** Raw get with a string key. */
  getStr(k: string): LuaValue {
    const i = this.hfind(k);
    return i < 0 ? undefined : this.hvals![i];
  }

  /** Raw get with an integer key (any integer-valued number). */
  getInt(k: number): LuaValue {
    if (k >= 0 && k < this.arr.length) return this.arr[k];
    const i = this.hfind(k);
    return i < 0 ? undefined : this.hvals![i];
  }

  /** Raw get from the hash part only (keys that are not array indices). */
  getHash(k: LuaValue): LuaValue {
    const i = this.hfind(k);
    return i < 0 ? undefined : this.hvals![i];
  }

  // -- Setters ------------------------------------------------------------------------

  /** Raw set (lj_tab_set + store). Throws "table index is nil/NaN". */
  set(k: LuaValue, v: LuaValue): void {
    if (typeof k === "number") {
      if (isArrayKey(k) && k < this.arr.length) {
        this.arr[k] = v;
        return;
      }
      if (k !== k) throwMsg(ErrMsg.NANIDX);
      if (k === 0) k = 0; // -0 is stored as 0.
    } else if (k === undefined) {
      throwMsg(ErrMsg.NILIDX);
    }
    this.setHash(k, v);
  }

  /** Raw set with a string key. */
  setStr(k: string, v: LuaValue): void {
    this.setHash(k, v);
  }

  /** Raw set with an integer key (any integer-valued number). */
  setInt(k: number, v: LuaValue): void {
    if (k >= 0 && k < this.arr.length) {
      this.arr[k] = v;
      return;
    }
    this.setHash(k === 0 ? 0 : k, v);
  }

  /** Store into the hash part; k is a valid, normalised key that is not an array index. */
  setHash(k: LuaValue, v: LuaValue): void {
    this.nomm = 0;
    if (this.isProto) EPOCH.n++;
    const i = this.hfind(k);
    if (i >= 0) {
      const vals = this.hvals!;
      if (v === undefined && vals[i] !== undefined && this.nodes === null) {
        (this.hdead ??= []).push(i);
      }
      vals[i] = v;
      return;
    }
    this.newKey(k, v);
  }

  /** Inserts a key that is in neither part (lj_tab_newkey). Storing nil inserts it too. */
  private newKey(k: LuaValue, v: LuaValue): void {
    const nodes = this.nodes;
    if (isNodeKey(k)) {
      if (nodes !== null) return this.nodeKey(nodes, k, v);
      if (this.hvals === null && this.hcap > 0) {
        this.shape = new Shape([], true);
        this.hvals = [];
        return this.nodeKey(this.nodes = new HashNodes(this.hcap), k, v);
      }
    } else if (nodes !== null) {
      this.toInsertionOrder();
    }
    if (this.shape.keys.length < this.hcap) {
      this.appendHash(k, v);
      return;
    }
    // Full: reuse a dead entry if there is one.
    const dead = this.hdead;
    if (dead !== null) {
      const vals = this.hvals!;
      while (dead.length > 0) {
        const i = dead.pop()!;
        if (vals[i] !== undefined) continue; // Revived since.
        this.shape = this.shape.replace(i, k);
        vals[i] = v;
        return;
      }
    }
    this.rehashSet(k, v);
  }

  /** Inserts a number or boolean key into its LuaJIT node. */
  private nodeKey(nodes: HashNodes, k: NodeKey, v: LuaValue): void {
    const vals = this.hvals!, mp = mainPos(k, nodes.size - 1);
    const n = nodes.place(mp, vals);
    if (n < 0) return this.rehashSet(k, v);
    const p = nodes.keyPos(n);
    if (p >= 0) { // A dead key's node and position.
      nodes.setKey(n, p, mp);
      this.shape.setKey(p, k);
      vals[p] = v;
    } else {
      nodes.setKey(n, vals.length, mp);
      this.shape.add(k);
      vals.push(v);
    }
  }

  /** A key other than a number or boolean enters: the hash part keeps insertion order. */
  private toInsertionOrder(): void {
    this.nodes = null;
    const vals = this.hvals!, dead: number[] = [];
    for (let i = vals.length - 1; i >= 0; i--) if (vals[i] === undefined) dead.push(i);
    this.hdead = dead;
  }

  /** No room for key k: rehashes, then stores k where it now belongs. */
  private rehashSet(k: LuaValue, v: LuaValue): void {
    this.rehash(k);
    if (typeof k === "number" && isArrayKey(k) && k < this.arr.length) this.arr[k] = v;
    else this.newKey(k, v);
  }

  /** Appends to the hash part in insertion order. */
  private appendHash(k: LuaValue, v: LuaValue): void {
    if (this.hvals === null) this.hvals = [];
    this.shape = this.shape.add(k);
    this.hvals.push(v);
  }

  // -- Resizing -----------------------------------------------------------------------

  /** Picks new part sizes for the live keys plus `ek` and redistributes (rehashtab). */
  private rehash(ek: LuaValue): void {
    const bins = new Array<number>(MAX_ABITS).fill(0);
    // Count array part keys by power-of-two ranges.
    let na = 0;
    const arr = this.arr, asize = arr.length;
    if (asize > 0) {
      let i = 0;
      for (let b = 0; b < MAX_ABITS; b++) {
        let top = 2 ** (b + 1);
        if (top >= asize) {
          top = asize - 1;
          if (i > top) break;
        }
        let n = 0;
        for (; i <= top; i++) if (arr[i] !== undefined) n++;
        bins[b] += n;
        na += n;
      }
    }
    let total = 1 + na;
    // Count hash keys, integer ones into bins too.
    const keys = this.shape.keys, vals = this.hvals;
    if (vals !== null) {
      for (let i = 0; i < keys.length; i++) {
        if (vals![i] === undefined) continue;
        total++;
        na += countInt(keys[i], bins);
      }
    }
    na += countInt(ek, bins);
    // Best array size: the largest power of two more than half full.
    let sz = 0, nArr = 0, sum = 0;
    for (let b = 0; 2 * na > 2 ** b && sum !== na; b++) {
      if (bins[b] > 0 && 2 * (sum += bins[b]) > 2 ** b) {
        sz = 2 ** (b + 1) + 1;
        nArr = sum;
      }
    }
    total -= nArr;
    this.resize(sz, hsize2hbits(total));
  }

  /** Resizes both parts and redistributes the live entries (lj_tab_resize). */
  resize(asize: number, hbits: number): void {
    if (asize > MAX_ASIZE || hbits > MAX_HBITS) throwMsg(ErrMsg.TABOV);
    const oldArr = this.arr;
    const oldKeys = this.shape.keys, oldVals = this.hvals, oldNodes = this.nodes;
    this.shape = EMPTY_SHAPE;
    this.hvals = null;
    this.hdead = null;
    this.nodes = null;
    this.hcap = hbits > 0 ? 1 << hbits : 0;
    // Insertion order stays while a key of another type is still there.
    if (oldVals !== null && oldNodes === null && oldVals.some((v) => v !== undefined)) {
      this.hvals = [];
    }
    if (asize > oldArr.length) {
      for (let i = oldArr.length; i < asize; i++) oldArr.push(undefined);
    } else if (asize < oldArr.length) {
      const moved = oldArr.splice(asize);
      for (let i = 0; i < moved.length; i++) {
        if (moved[i] !== undefined) this.newKey(asize + i, moved[i]);
      }
    }
    if (oldVals === null) return;
    // Old entries in traversal order: node order or insertion order.
    const n = oldNodes !== null ? oldNodes.size : oldKeys.length;
    const arr = this.arr;
    for (let j = 0; j < n; j++) {
      const i = oldNodes !== null ? oldNodes.keyPos(j) : j;
      const v = i < 0 ? undefined : oldVals[i];
      if (v === undefined) continue;
      const k = oldKeys[i];
      if (typeof k === "number" && isArrayKey(k) && k < arr.length) arr[k] = v;
      else this.newKey(k, v);
    }
  }

  /** Grows the array part to hold keys 1..n (lj_tab_reasize, used by table.new etc.). */
  reasize(n: number): void {
    this.resize(n + 1, this.hcap > 0 ? fls(this.hcap - 1) + 1 : 0);
  }

  /** Sets the metatable (setmetatable): the metatable joins the __index chains. */
  setMeta(mt: LuaTable | undefined): void {
    if (this.isProto) EPOCH.n++;
    if (mt !== undefined) mt.isProto = true;
    this.mt = mt;
  }

  /** Removes all entries, keeping the sizes (table.clear). */
  clear(): void {
    if (this.isProto) EPOCH.n++;
    const arr = this.arr;
    for (let i = 0; i < arr.length; i++) arr[i] = undefined;
    this.shape = EMPTY_SHAPE;
    this.hvals = null;
    this.hdead = null;
    this.nodes = null;
  }

  // -- Length -------------------------------------------------------------------------

  /** The `#` border (lj_tab_len): binary search in the array part, then the hash part. */
  length(): number {
    const arr = this.arr;
    let hi = arr.length;
    if (hi > 0) hi--;
    if (hi > 0 && arr[hi] === undefined) {
      let lo = 0;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (arr[mid] === undefined) hi = mid;
        else lo = mid;
      }
      return lo;
    }
    return this.hcap > 0 ? this.lengthSlow(hi) : hi;
  }

  /** Unbounded search through the hash part (tab_len_slow). */
  private lengthSlow(start: number): number {
    let lo = start;
    let hi = start + 1;
    while (this.getInt(hi) !== undefined) {
      lo = hi;
      hi += hi;
      if (hi > 0x7ffffffd) {
        // Punt and search linearly.
        lo = 1;
        while (this.getInt(lo) !== undefined) lo++;
        return lo - 1;
      }
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.getInt(mid) !== undefined) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  // -- Traversal ----------------------------------------------------------------------
  // Traversal indexes: 0..asize-1 for the array part, then asize+n for hash node n (or
  // for the entry at position n while the hash part keeps insertion order).

  /** Traversal index following key k (lj_tab_keyindex): 0 for nil, -1 if k is not a key. */
  keyIndex(k: LuaValue): number {
    if (k === undefined) return 0;
    if (typeof k === "number" && isArrayKey(k) && k < this.arr.length) return k + 1;
    const i = this.hfind(k);
    if (i < 0) return k instanceof KeyIndex ? k.i : -1;
    const nodes = this.nodes;
    return this.arr.length + 1 + (nodes === null ? i : nodes.nodeOf(k as NodeKey, i));
  }

  /**
   * Finds the first live entry at traversal index >= idx, writes its key and value to
   * out[o] and out[o+1] and returns the index after it; returns 0 at the end.
   */
  nextAt(idx: number, out: LuaValue[], o: number): number {
    const arr = this.arr, asize = arr.length;
    for (; idx < asize; idx++) {
      const v = arr[idx];
      if (v !== undefined) {
        out[o] = idx;
        out[o + 1] = v;
        return idx + 1;
      }
    }
    const vals = this.hvals;
    if (vals === null) return 0;
    const nodes = this.nodes;
    if (nodes !== null) {
      const size = nodes.size;
      for (let n = idx - asize; n < size; n++) {
        const p = nodes.keyPos(n);
        if (p < 0) continue;
        const v = vals[p];
        if (v !== undefined) {
          out[o] = this.shape.keys[p];
          out[o + 1] = v;
          return asize + n + 1;
        }
      }
      return 0;
    }
    for (let i = idx - asize; i < vals.length; i++) {
      const v = vals[i];
      if (v !== undefined) {
        out[o] = this.shape.keys[i];
        out[o + 1] = v;
        return asize + i + 1;
      }
    }
    return 0;
  }

  /**
   * One step of ITERN: from the traversal position in control value c (a key index, or
   * the number 0 that starts the loops of builtins), writes the next key and value to
   * out[o] and out[o+1] and returns the next control value; undefined at the end.
   */
  iterN(c: LuaValue, out: LuaValue[], o: number): KeyIndex | undefined {
    const idx = c instanceof KeyIndex ? c.i : typeof c === "number" ? c : -1;
    if (idx < 0) return undefined;
    const i = this.nextAt(idx, out, o);
    return i === 0 ? undefined : keyIdx(i);
  }

  /** Number of array slots (asize) and hash nodes, for table statistics and the JIT. */
  get asize(): number {
    return this.arr.length;
  }
}

/** Counts an integer key into the power-of-two bins (countint); returns 1 if counted. */
function countInt(k: LuaValue, bins: number[]): number {
  if (typeof k === "number" && (k | 0) === k && k >= 0 && k < MAX_ASIZE) {
    bins[k > 2 ? fls(k - 1) : 0]++;
    return 1;
  }
  return 0;
}
