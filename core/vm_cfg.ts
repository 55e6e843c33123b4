// Control flow of a prototype for the compiler (vm_jsc.ts): basic blocks, dominators and
// loops, with the extra "routing" edges that let compiled code be entered in the middle
// (after a call returned, or from the interpreter at a loop head) while the graph stays
// reducible: an entry point inside loops is reached through the headers of the loops
// around it, outermost first.
import { BC, BCBIAS_J, bcD, bcModeCD, bcOp } from "./bc.ts";
import type { Proto } from "./func.ts";
import { TEMPLATES } from "./vm_ops.ts";
import { bcName } from "./bc.ts";

/** A basic block: instructions start..end-1 (a fused test includes its JMP). */
export interface Block {
  id: number;
  start: number;
  end: number;
  /** Successor blocks (by id), routing edges included. */
  succs: number[];
  /** Successors over real control flow (routing edges excluded): for liveness. */
  flow: number[];
  preds: number[];
  /** Reverse postorder number (entry is 0). */
  rpo: number;
  /** Immediate dominator (id), -1 for the entry. */
  idom: number;
  /** Target of a back-edge. */
  isLoopHeader: boolean;
  /** More than one predecessor over forward edges. */
  isMerge: boolean;
  /** Routing edges arriving here (they count as extra forward edges). */
  routedIn: number;
  /** Entry points routed through this block: target block id by entry pc. */
  routes: Map<number, number>;
}

export interface CFG {
  blocks: Block[];
  /** Block id by instruction index (for block starts). */
  blockAt: Map<number, number>;
  /** The virtual entry block (id 0): dispatches on pc to the real entries. */
  entry: Block;
  /** Entry points besides the function start, by pc. */
  entries: Set<number>;
}

/** Instructions that consume the next one (a JMP or ITERL) as their jump target. */
function fused(op: number): boolean {
  return TEMPLATES[bcName[op]]?.fused === true;
}

/** Target of a jump-mode D operand. */
function jt(bc: Uint32Array, pc: number): number {
  return pc + 1 + bcD(bc[pc]) - BCBIAS_J;
}

/**
 * Successor instructions of the unit starting at pc (its fused JMP included), or null
 * when the unit ends the function's control flow (returns, tail calls).
 */
export function unitSuccs(bc: Uint32Array, pc: number): number[] | null {
  const op = bcOp(bc[pc]);
  if (fused(op)) return [jt(bc, pc + 1), pc + 2];
  switch (op) {
    case BC.JMP:
      return [jt(bc, pc)];
    case BC.UCLO:
      return [jt(bc, pc)];
    case BC.FORI:
    case BC.JFORI:
      return [pc + 1, jt(bc, pc)];
    case BC.FORL:
    case BC.IFORL:
    case BC.ITERL:
    case BC.IITERL:
      return [jt(bc, pc), pc + 1];
    case BC.ISNEXT:
      return [jt(bc, pc)];
    case BC.RET:
    case BC.RET0:
    case BC.RET1:
    case BC.RETM:
    case BC.CALLT:
    case BC.CALLMT:
      return null;
    default:
      return [pc + 1];
  }
}

/** Length of the unit at pc: 2 for a fused test with its JMP, else 1. */
export function unitLen(bc: Uint32Array, pc: number): number {
  return fused(bcOp(bc[pc])) ? 2 : 1;
}

/**
 * Builds the control-flow graph with the given entry points, or returns null if it is
 * not reducible (goto into a loop): such prototypes stay in the interpreter.
 */
export function buildCFG(pt: Proto, entryPcs: Iterable<number>): CFG | null {
  const bc = pt.bc, n = bc.length;
  const entries = new Set(entryPcs);
  // Leaders.
  const leader = new Uint8Array(n + 1);
  leader[1] = 1;
  for (const e of entries) leader[e] = 1;
  for (let pc = 1; pc < n;) {
    const len = unitLen(bc, pc);
    const ss = unitSuccs(bc, pc);
    const op = bcOp(bc[pc]);
    if (ss === null) {
      if (pc + len < n) leader[pc + len] = 1;
    } else if (ss.length !== 1 || ss[0] !== pc + len || op === BC.UCLO || op === BC.JMP) {
      for (const s of ss) leader[s] = 1;
      if (pc + len < n) leader[pc + len] = 1;
    }
    if (bcModeCD[op] === "jump") leader[jt(bc, pc)] = 1;
    pc += len;
  }
  // A fused JMP that is itself jumped to starts a block of its own.
  for (let pc = 1; pc < n;) {
    const len = unitLen(bc, pc);
    if (len === 2 && leader[pc + 1]) return null;
    pc += len;
  }
  // Blocks (id 0 is the virtual entry).
  const blocks: Block[] = [];
  const blockAt = new Map<number, number>();
  const mk = (start: number, end: number): Block => {
    const b: Block = {
      id: blocks.length,
      start,
      end,
      succs: [],
      flow: [],
      preds: [],
      rpo: -1,
      idom: -1,
      isLoopHeader: false,
      isMerge: false,
      routedIn: 0,
      routes: new Map(),
    };
    blocks.push(b);
    return b;
  };
  const entry = mk(0, 0);
  for (let pc = 1; pc < n;) {
    const b = mk(pc, pc);
    blockAt.set(pc, b.id);
    // The block ends at a leader or after a unit that branches or ends the flow.
    let q = pc;
    for (;;) {
      const len = unitLen(bc, q);
      const ss = unitSuccs(bc, q);
      q += len;
      if (ss === null || q >= n || leader[q] || ss.length !== 1 || ss[0] !== q) break;
      if (bcOp(bc[q - len]) === BC.UCLO || bcOp(bc[q - len]) === BC.JMP) break;
    }
    b.end = q;
    pc = q;
  }
  // Edges.
  const link = (a: Block, bid: number) => {
    if (!a.succs.includes(bid)) a.succs.push(bid);
    const t = blocks[bid];
    if (!t.preds.includes(a.id)) t.preds.push(a.id);
  };
  for (const b of blocks) {
    if (b.id === 0) continue;
    let last = b.start;
    while (last + unitLen(bc, last) < b.end) last += unitLen(bc, last);
    const ss = unitSuccs(bc, last);
    if (ss === null) continue;
    for (const s of ss) {
      if (s >= n) return null;
      const t = blockAt.get(s);
      if (t === undefined) return null;
      link(b, t);
      if (!b.flow.includes(t)) b.flow.push(t);
    }
  }
  link(entry, blockAt.get(1)!);
  // Reverse postorder and dominators without routing, to find loops.
  computeDominators(blocks);
  const loops = findLoops(blocks);
  if (loops === null) return null;
  // Routing: each entry point is reached through the headers of the loops around it.
  for (const e of entries) {
    const target = blockAt.get(e);
    if (target === undefined) return null;
    const chain = loops.headersOf(target);
    let from = entry;
    for (const h of chain) {
      if (h === target) break;
      if (from.routes.get(e) === undefined && ![...from.routes.values()].includes(h)) {
        blocks[h].routedIn++;
      }
      from.routes.set(e, h);
      link(from, h);
      from = blocks[h];
    }
    if (![...from.routes.values()].includes(target)) target !== 0 && blocks[target].routedIn++;
    from.routes.set(e, target);
    link(from, target);
  }
  computeDominators(blocks);
  if (findLoops(blocks) === null) return null;
  // Merge nodes: more than one forward predecessor.
  for (const b of blocks) {
    let fwd = 0;
    for (const p of b.preds) if (blocks[p].rpo < b.rpo) fwd++;
    b.isMerge = fwd > 1;
  }
  return { blocks, blockAt, entry, entries };
}

/** Reverse postorder from block 0 and immediate dominators (Cooper-Harvey-Kennedy). */
function computeDominators(blocks: Block[]): void {
  const order: number[] = [];
  const seen = new Uint8Array(blocks.length);
  // Iterative DFS for the postorder.
  const stack: [number, number][] = [[0, 0]];
  seen[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const b = blocks[top[0]];
    if (top[1] < b.succs.length) {
      const s = b.succs[top[1]++];
      if (!seen[s]) {
        seen[s] = 1;
        stack.push([s, 0]);
      }
    } else {
      order.push(top[0]);
      stack.pop();
    }
  }
  order.reverse();
  for (const b of blocks) {
    b.rpo = -1;
    b.idom = -1;
  }
  order.forEach((id, i) => blocks[id].rpo = i);
  blocks[0].idom = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (blocks[a].rpo > blocks[b].rpo) a = blocks[a].idom;
      while (blocks[b].rpo > blocks[a].rpo) b = blocks[b].idom;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const id of order) {
      if (id === 0) continue;
      let nd = -1;
      for (const p of blocks[id].preds) {
        if (blocks[p].rpo < 0 || blocks[p].idom < 0) continue;
        nd = nd < 0 ? p : intersect(p, nd);
      }
      if (nd >= 0 && blocks[id].idom !== nd) {
        blocks[id].idom = nd;
        changed = true;
      }
    }
  }
  blocks[0].idom = -1;
}

/** Does a dominate b? */
export function dominates(blocks: Block[], a: number, b: number): boolean {
  for (let x = b; x >= 0; x = blocks[x].idom) if (x === a) return true;
  return false;
}

/**
 * Marks loop headers (targets of back-edges, which must dominate their sources) and
 * returns the loop nest, or null for an irreducible graph.
 */
function findLoops(blocks: Block[]): { headersOf(b: number): number[] } | null {
  const bodies = new Map<number, Set<number>>();
  for (const b of blocks) b.isLoopHeader = false;
  for (const b of blocks) {
    if (b.rpo < 0) continue;
    for (const s of b.succs) {
      const t = blocks[s];
      if (t.rpo > b.rpo) continue;
      if (!dominates(blocks, t.id, b.id)) return null;
      t.isLoopHeader = true;
      // Natural loop: nodes reaching b without passing through t.
      let body = bodies.get(t.id);
      if (body === undefined) bodies.set(t.id, body = new Set([t.id]));
      const work = [b.id];
      while (work.length > 0) {
        const x = work.pop()!;
        if (body.has(x)) continue;
        body.add(x);
        for (const p of blocks[x].preds) if (blocks[p].rpo >= 0) work.push(p);
      }
    }
  }
  return {
    headersOf(b: number): number[] {
      const hs = [...bodies.entries()].filter(([, body]) => body.has(b)).map(([h]) => h);
      // Outermost first: larger bodies enclose smaller ones.
      return hs.sort((x, y) => bodies.get(y)!.size - bodies.get(x)!.size);
    },
  };
}
