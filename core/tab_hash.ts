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
// HashNodes stores, per node, the position of its key in the table's key list (the Shape)
// and the next node of its chain; key values stay where the table keeps them.
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

/** No node (end of a chain). */
const NONE = -1;

/** The node array of a table's hash part. */
export class HashNodes {
  /** Per node: position of its key in the table's key list, or -1 for a free node. */
  readonly pos: Int32Array;
  /** Per node: the next node of its collision chain, or -1. */
  readonly next: Int32Array;
  /** Free nodes are searched downwards from here (LuaJIT's freetop). */
  free: number;

  constructor(size: number, pos?: Int32Array, next?: Int32Array, free = size) {
    this.pos = pos ?? new Int32Array(size).fill(NONE);
    this.next = next ?? new Int32Array(size).fill(NONE);
    this.free = free;
  }

  clone(): HashNodes {
    return new HashNodes(this.pos.length, this.pos.slice(), this.next.slice(), this.free);
  }

  /**
   * Places a new key k (lj_tab_newkey) and returns its node: either a node without key,
   * whose position the caller assigns, or a node with a dead key, which k replaces at the
   * same position. -1 when no node is free: the table must be rehashed first.
   * keys/vals: the table's keys and values by position.
   */
  place(k: NodeKey, keys: readonly LuaValue[], vals: readonly LuaValue[]): number {
    const pos = this.pos, next = this.next, mask = pos.length - 1;
    let n = mainPos(k, mask);
    const pn = pos[n];
    if (pn < 0 || vals[pn] === undefined) return n; // Free or dead: taken over.
    let f = this.free;
    do {
      if (f === 0) return NONE;
    } while (pos[--f] >= 0);
    this.free = f;
    let c = mainPos(keys[pn] as NodeKey, mask);
    if (c !== n) {
      // The occupant was pushed here from elsewhere: it moves to the free node.
      while (next[c] !== n) c = next[c];
      next[c] = f;
      pos[f] = pn;
      next[f] = next[n];
      next[n] = NONE;
      pos[n] = NONE;
      this.rechain(f, n, keys, vals);
    } else {
      // The occupant owns the position: the new key hangs behind it.
      next[f] = next[n];
      next[n] = f;
      n = f;
    }
    return n;
  }

  /**
   * After moving the occupant of node n to node f: live keys down f's chain whose main
   * position is n are linked from n again, and once one is, every live key of the rest of
   * the chain that is not in its main position is linked from its main position.
   */
  private rechain(f: number, n: number, keys: readonly LuaValue[], vals: readonly LuaValue[]) {
    const pos = this.pos, next = this.next, mask = pos.length - 1;
    const live = (x: number) => pos[x] >= 0 && vals[pos[x]] !== undefined;
    const home = (x: number) => mainPos(keys[pos[x]] as NodeKey, mask);
    for (let nn = next[f]; nn !== NONE; nn = next[f]) {
      if (live(nn) && home(nn) === n) {
        next[f] = next[nn];
        next[nn] = next[n];
        next[n] = nn;
        while ((nn = next[f]) !== NONE) {
          const mn = live(nn) ? home(nn) : f;
          if (mn !== f && mn !== nn) {
            next[f] = next[nn];
            next[nn] = next[mn];
            next[mn] = nn;
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
    const pos = this.pos;
    for (let n = mainPos(k, pos.length - 1); n !== NONE; n = this.next[n]) {
      if (pos[n] === p) return n;
    }
    return pos.indexOf(p); // Not reachable from its chain: LuaJIT avoids this state.
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
