// LuaJIT's hash node layout, emulated for the traversal order of `next` and `pairs`.
//
// LuaJIT keeps a table's hash part in a power-of-two array of nodes. A key goes to its
// main position (its hash masked to the node count); on a collision it takes a free node,
// searched downwards from a free pointer that never moves up, and when the occupant of the
// main position is not in its own main position the occupant moves to the free node
// instead (Brent's variation). A key whose value became nil stays in its node ("dead")
// and a new key whose main position holds a dead key takes that node over. Traversal
// visits the array part and then the nodes in index order.
//
// Numbers and booleans hash the same in every run (numbers by the bits of their double,
// booleans as 0 and 1), so for tables whose hash keys are all numbers and booleans the
// node layout is reproduced here and traversal follows it. Strings hash by a per-run
// random seed and objects by address: luajit's order over them differs between runs, and
// such tables keep insertion order (see LuaTable).
//
// HashNodes stores, per node, the position of its key in the table's key list (the Shape),
// the next node of its chain and its key's main position; keys and values stay where the
// table keeps them.
import { GCObject, LuaType, type LuaValue } from "./value.ts";

/** The keys whose main position is reproducible. */
export type NodeKey = number | boolean;

/** Is k a number or a boolean (a key with a reproducible hash)? */
export function isNodeKey(k: LuaValue): k is NodeKey {
  return typeof k === "number" || typeof k === "boolean";
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Main position of a number or boolean key among mask+1 nodes (hashnum, x64 variant). */
export function mainPos(k: NodeKey, mask: number): number {
  if (typeof k === "boolean") return (k ? 1 : 0) & mask;
  f64[0] = k;
  let lo = u32[0];
  let hi = u32[1] << 1;
  lo ^= hi;
  hi = (hi << 14) | (hi >>> 18);
  lo -= hi;
  hi = (hi << 5) | (hi >>> 27);
  hi ^= lo;
  hi -= (lo << 13) | (lo >>> 19);
  return hi & mask;
}

/** No node (end of a chain), no key position. */
const NONE = -1;

/**
 * The node array of a table's hash part. Each node is three int32s, kept together as in
 * LuaJIT's Node (one cache line on collisions): the position of its key in the table's
 * key list (-1: free node), the next node of its collision chain (-1: none) and the main
 * position of its key.
 */
export class HashNodes {
  readonly node: Int32Array;
  /** Free nodes are searched downwards from here (LuaJIT's freetop). */
  free: number;

  constructor(readonly size: number, node?: Int32Array, free = size) {
    if (node === undefined) {
      node = new Int32Array(3 * size);
      for (let i = 0; i < node.length; i += 3) node[i] = node[i + 1] = NONE;
    }
    this.node = node;
    this.free = free;
  }

  clone(): HashNodes {
    return new HashNodes(this.size, this.node.slice(), this.free);
  }

  /** Position of the key of node n, or -1 for a free node. */
  keyPos(n: number): number {
    return this.node[3 * n];
  }

  /** Gives node n the key at position p, whose main position is home. */
  setKey(n: number, p: number, home: number): void {
    this.node[3 * n] = p;
    this.node[3 * n + 2] = home;
  }

  /** Sets the next node of n's chain. */
  setNext(n: number, next: number): void {
    this.node[3 * n + 1] = next;
  }

  /**
   * Places a new key k whose main position is mp (lj_tab_newkey) and returns its node:
   * either a free node, whose key position the caller sets, or a node with a dead key,
   * which k replaces at the same position. -1 when no node is free: the table must be
   * rehashed first. vals: the table's values by key position (undefined: dead).
   */
  place(mp: number, vals: readonly LuaValue[]): number {
    const node = this.node;
    let n = mp;
    const pn = node[3 * n];
    if (pn < 0 || vals[pn] === undefined) return n; // Free or dead: taken over.
    let f = this.free;
    do {
      if (f === 0) return NONE;
    } while (node[3 * --f] >= 0);
    this.free = f;
    let c = node[3 * n + 2];
    if (c !== n) {
      // The occupant was pushed here from elsewhere: it moves to the free node.
      while (node[3 * c + 1] !== n) c = node[3 * c + 1];
      node[3 * c + 1] = f;
      node[3 * f] = pn;
      node[3 * f + 1] = node[3 * n + 1];
      node[3 * f + 2] = node[3 * n + 2];
      node[3 * n] = NONE;
      node[3 * n + 1] = NONE;
      this.rechain(f, n, vals);
    } else {
      // The occupant owns the position: the new key hangs behind it.
      node[3 * f + 1] = node[3 * n + 1];
      node[3 * n + 1] = f;
      n = f;
    }
    return n;
  }

  /**
   * After moving the occupant of node n to node f: live keys down f's chain whose main
   * position is n are linked from n again, and once one is, every live key of the rest of
   * the chain that is not in its main position is linked from its main position.
   */
  private rechain(f: number, n: number, vals: readonly LuaValue[]): void {
    const node = this.node;
    for (let nn = node[3 * f + 1]; nn !== NONE; nn = node[3 * f + 1]) {
      const p = node[3 * nn];
      if (p >= 0 && vals[p] !== undefined && node[3 * nn + 2] === n) {
        node[3 * f + 1] = node[3 * nn + 1];
        node[3 * nn + 1] = node[3 * n + 1];
        node[3 * n + 1] = nn;
        while ((nn = node[3 * f + 1]) !== NONE) {
          const q = node[3 * nn];
          const mn = q >= 0 && vals[q] !== undefined ? node[3 * nn + 2] : f;
          if (mn !== f && mn !== nn) {
            node[3 * f + 1] = node[3 * nn + 1];
            node[3 * nn + 1] = node[3 * mn + 1];
            node[3 * mn + 1] = nn;
          } else {
            f = nn;
          }
        }
        return;
      }
      f = nn;
    }
  }

  /** The node holding the key at position p (k is that key). */
  nodeOf(k: NodeKey, p: number): number {
    const node = this.node;
    for (let n = mainPos(k, this.size - 1); n !== NONE; n = node[3 * n + 1]) {
      if (node[3 * n] === p) return n;
    }
    // Not reachable from its main position (LuaJIT avoids this state): search all.
    for (let n = 0; n < this.size; n++) if (node[3 * n] === p) return n;
    return NONE;
  }
}

/**
 * The traversal index a `for ... in pairs` loop keeps in its control slot (LuaJIT's
 * LJ_KEYINDEX): a light userdata to Lua, so that `next` tells it from any key when an
 * inner loop despecialized the loop's ITERN while it runs.
 */
export class KeyIndex extends GCObject {
  constructor(readonly i: number) {
    super();
  }
  get luaType(): LuaType {
    return LuaType.LIGHTUD;
  }
  /** luajit shows the index in the low word of a light userdata address. */
  override describe(): string {
    return "userdata: 0x7f" + this.i.toString(16).padStart(8, "0");
  }
}

/** Interned key indexes (equal indexes compare equal); larger ones are made per use. */
const KEYIDX: KeyIndex[] = [];
const KEYIDX_MAX = 1 << 16;

/** The key index i as a control slot value. */
export function keyIdx(i: number): KeyIndex {
  if (i < KEYIDX.length) return KEYIDX[i];
  if (i >= KEYIDX_MAX) return new KeyIndex(i);
  while (KEYIDX.length <= i) KEYIDX.push(new KeyIndex(KEYIDX.length));
  return KEYIDX[i];
}
