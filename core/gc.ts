// Garbage collection as far as programs can observe it. JS collects memory; what Lua code
// sees of a collection is emulated on demand (collectgarbage("collect"), lua_close):
// weak tables lose entries whose keys or values are no longer reachable, and userdata
// with a __gc metamethod are finalized, newest first, as LuaJIT does. Reachability is
// computed by marking from the roots through the Lua object graph.
import { LuaFunction, Upval } from "./func.ts";
import { LuaTable } from "./table.ts";
import { GCObject, LuaUserdata, type LuaValue } from "./value.ts";
import { type GlobalState, LuaState, MM } from "./state.ts";
import { metaFast } from "./meta.ts";
import { vmCall } from "./vm.ts";
import { LocatableError, LuaError } from "./err.ts";
import { getHeapStatistics } from "node:v8";

/** Userdata that may need finalizing, in creation order (see trackUserdata). */
function udataList(G: GlobalState): LuaUserdata[] {
  let l = G.libData.get("gc.udata") as LuaUserdata[] | undefined;
  if (l === undefined) G.libData.set("gc.udata", l = []);
  return l;
}

/** Registers a new userdata so that its __gc metamethod runs when it becomes garbage. */
export function trackUserdata(G: GlobalState, u: LuaUserdata): void {
  udataList(G).push(u);
}

/** Weak modes of a table's metatable: bit 1 weak keys, bit 2 weak values. */
function weakMode(t: LuaTable): number {
  const mode = metaFast(t.mt, MM.mode);
  if (typeof mode !== "string") return 0;
  return (mode.includes("k") ? 1 : 0) | (mode.includes("v") ? 2 : 0);
}

interface Marked {
  live: Set<GCObject>;
  weak: LuaTable[];
  /** Strings reached (for the size estimate). */
  strings: Set<string>;
}

/** Marks everything reachable from the roots; returns the marked set and weak tables. */
function mark(G: GlobalState, extra: GCObject[]): Marked {
  const live = new Set<GCObject>();
  const weak: LuaTable[] = [];
  const strings = new Set<string>();
  const work: GCObject[] = [];
  const push = (v: LuaValue | Upval | null) => {
    if (v instanceof GCObject) {
      if (!live.has(v)) {
        live.add(v);
        work.push(v);
      }
    } else if (typeof v === "string") strings.add(v);
  };
  push(G.registry);
  push(G.globals);
  push(G.mainThread);
  push(G.cur);
  for (const mt of G.basemt) push(mt);
  // Library data: objects, lists of them, records holding them (io's default files).
  for (const v of G.libData.values()) {
    if (v instanceof GCObject) push(v);
    else if (Array.isArray(v)) {
      if (v !== udataList(G)) { for (const x of v) push(x); }
    } else if (v !== null && typeof v === "object") {
      for (const x of Object.values(v)) if (x instanceof GCObject) push(x);
    }
  }
  for (const o of extra) push(o);
  while (work.length > 0) {
    const o = work.pop()!;
    if (o instanceof LuaTable) {
      push(o.mt);
      const wm = weakMode(o);
      if (wm !== 0) weak.push(o);
      if (!(wm & 2)) { for (const v of o.arr) push(v); }
      const keys = o.hkeys, vals = o.hvals;
      if (keys !== null) {
        for (let i = 0; i < keys.length; i++) {
          if (vals![i] === undefined) continue;
          if (!(wm & 1)) push(keys[i]);
          if (!(wm & 2)) push(vals![i]);
        }
      }
    } else if (o instanceof LuaFunction) {
      push(o.env);
      for (const uv of o.upvals) push(uv.arr[uv.idx]);
      if (o.cvals !== null) { for (const v of o.cvals) push(v); }
    } else if (o instanceof LuaState) {
      push(o.env);
      push(o.resumer);
      // Frame link slots hold links in LuaJIT, not the stale values they may hold here.
      const S = o.stack, end = Math.min(S.length, stackExtent(o));
      const links = new Set<number>();
      for (let b = o.base; b > 2 && b <= end; b -= o.link[b - 1] >> 3) {
        links.add(b - 1);
        if ((o.link[b - 1] >> 3) <= 0) break;
      }
      for (let i = 0; i < end; i++) if (!links.has(i)) push(S[i]);
    } else if (o instanceof LuaUserdata) {
      push(o.mt as LuaValue);
      push(o.env as LuaValue);
    }
  }
  return { live, weak, strings };
}

/**
 * The size LuaJIT (x64, GC64) would give the marked objects, in bytes: what
 * collectgarbage("count") reports after a collection.
 */
function luaSize(m: Marked): number {
  let n = 0;
  for (const o of m.live) {
    if (o instanceof LuaTable) {
      n += 64 + 16 * o.arr.length + 40 * (o.hkeys?.length ?? 0);
    } else if (o instanceof LuaFunction) {
      n += o.proto !== null ? 40 + 56 * o.upvals.length : 48 + 16 * (o.cvals?.length ?? 0);
    } else if (o instanceof LuaState) {
      n += 120 + 16 * Math.max(o.top, 40);
    } else {
      n += 48;
    }
  }
  for (const s of m.strings) n += 24 + s.length;
  return n;
}

/** One past the highest slot in use on a thread's stack (L->top, as LuaJIT scans it). */
function stackExtent(L: LuaState): number {
  const f = L.stack[L.base - 2];
  if (f instanceof LuaFunction && f.proto !== null) return L.base + f.proto.framesize;
  return L.top;
}

/**
 * A full collection (collectgarbage("collect")): clears weak references to unreachable
 * objects and runs the __gc metamethods of unreachable userdata. Returns the size of
 * what stays alive (see luaSize); the finalizers run in L and their errors propagate.
 */
export function fullGC(L: LuaState): number {
  const G = L.G;
  const all = udataList(G);
  const marked = mark(G, []);
  const { live, weak } = marked;
  // Unreachable userdata with __gc are finalized (and stay alive until then).
  const dying: LuaUserdata[] = [];
  const keep: LuaUserdata[] = [];
  for (const u of all) {
    if (live.has(u)) keep.push(u);
    else if (metaFast(u.mt as LuaTable | undefined, MM.gc) !== undefined) dying.push(u);
  }
  const resurrected = dying.length > 0 ? mark(G, dying).live : live;
  const dead = (v: LuaValue) => v instanceof GCObject && !resurrected.has(v);
  const finalized = new Set<GCObject>(dying);
  for (const t of weak) sweepWeak(t, weakMode(t), dead, finalized);
  udataList(G).length = 0;
  udataList(G).push(...keep);
  finalize(L, dying.reverse());
  return luaSize(marked);
}

/** Clears the entries of a weak table whose weak parts died. */
function sweepWeak(
  t: LuaTable,
  wm: number,
  dead: (v: LuaValue) => boolean,
  finalized: Set<GCObject>,
): void {
  const deadVal = (v: LuaValue) => dead(v) || (v instanceof GCObject && finalized.has(v));
  if (wm & 2) {
    const arr = t.arr;
    for (let i = 0; i < arr.length; i++) if (deadVal(arr[i])) arr[i] = undefined;
  }
  const keys = t.hkeys, vals = t.hvals;
  if (keys === null) return;
  for (let i = 0; i < keys.length; i++) {
    const v = vals![i];
    if (v === undefined) continue;
    if (((wm & 1) && dead(keys[i])) || ((wm & 2) && deadVal(v))) t.setHash(keys[i], undefined);
  }
}

/** The size of what is reachable now, without collecting anything. */
export function liveSize(G: GlobalState): number {
  return luaSize(mark(G, []));
}

/** Calls __gc of each userdata in order. */
function finalize(L: LuaState, list: LuaUserdata[]): void {
  for (const u of list) {
    const mo = metaFast(u.mt as LuaTable | undefined, MM.gc);
    if (mo === undefined) continue;
    const t = L.top;
    L.growStack(t + 4);
    L.stack[t] = mo;
    L.stack[t + 2] = u;
    vmCall(L, t, 1, 0);
  }
}

/** lua_close: finalizes all userdata with __gc, newest first; errors are ignored. */
export function closeState(L: LuaState): void {
  const all = udataList(L.G).slice().reverse();
  udataList(L.G).length = 0;
  for (const u of all) {
    try {
      finalize(L, [u]);
    } catch (e) {
      // Errors in finalizers at close are dropped.
      if (!(e instanceof LuaError || e instanceof LocatableError)) throw e;
    }
  }
}

// -- Pacing ---------------------------------------------------------------------------
// LuaJIT's collector runs in steps paid for by allocation; programs see it through
// collectgarbage("count"/"step"/...) and gcinfo. JS allocates and frees the memory here,
// so the Lua-level figures are emulated: the count grows with JS allocation (scaled
// to LuaJIT's smaller objects), drops to the marked size when a cycle finishes, and a
// cycle takes as many steps as LuaJIT's would for that much live and dead data.

/** LuaJIT's GC state as far as it is emulated (lj_gc.h's GCState). */
interface GCPace {
  /** Bytes in use, as LuaJIT would count them. */
  total: number;
  /** JS bytes allocated at the last look. */
  lastHeap: number;
  /** Size after the last finished cycle. */
  estimate: number;
  threshold: number;
  debt: number;
  /** Work left in the running cycle; 0 while paused between cycles. */
  cycle: number;
  pause: number;
  stepmul: number;
  running: boolean;
}

/** JS objects are about twice as big as LuaJIT's. */
const HEAP_SCALE = 0.5;
/** Bytes of debt paid per step (GCSTEPSIZE). */
const GCSTEPSIZE = 1024;
/** Work per byte of live data (marking) and of garbage (sweeping), per cycle. */
const MARK_COST = 0.6, SWEEP_COST = 0.07;

/** Bytes the JS heap has allocated so far (V8 counts them; freeing does not lower it). */
function heapAllocated(): number {
  return (getHeapStatistics() as { total_allocated_bytes?: number }).total_allocated_bytes ?? 0;
}

/** The pacing state, created with the state's size at first use. */
export function gcPace(G: GlobalState): GCPace {
  let p = G.libData.get("gc.pace") as GCPace | undefined;
  if (p === undefined) {
    const size = liveSize(G);
    p = {
      total: size,
      lastHeap: heapAllocated(),
      estimate: size,
      threshold: size * 2,
      debt: 0,
      cycle: 0,
      pause: 200,
      stepmul: 200,
      running: true,
    };
    G.libData.set("gc.pace", p);
  }
  return p;
}

/** Adds what JS allocated since the last look to the count. */
function account(p: GCPace): void {
  const h = heapAllocated();
  if (h > p.lastHeap) p.total += (h - p.lastHeap) * HEAP_SCALE;
  p.lastHeap = h;
}

/** A cycle ends: the collection happens, the count drops to what survived. */
function finishCycle(L: LuaState, p: GCPace): void {
  p.cycle = 0;
  const size = fullGC(L);
  p.total = p.estimate = size;
  p.lastHeap = heapAllocated();
  p.threshold = (p.estimate / 100) * p.pause;
}

/** Bytes in use (collectgarbage("count") * 1024); a running collector may finish a cycle. */
export function gcCount(L: LuaState): number {
  const p = gcPace(L.G);
  account(p);
  if (p.running && p.total >= p.threshold) finishCycle(L, p);
  return p.total;
}

/** collectgarbage("collect"). */
export function gcCollect(L: LuaState): void {
  const p = gcPace(L.G);
  account(p);
  finishCycle(L, p);
  p.debt = 0;
}

/** One lj_gc_step: 1 when it finished a cycle, 0 with debt left, -1 without. */
function gcStepOnce(L: LuaState, p: GCPace): number {
  let lim = (GCSTEPSIZE / 100) * p.stepmul;
  if (lim === 0) lim = Infinity;
  if (p.total > p.threshold) p.debt += p.total - p.threshold;
  if (p.cycle === 0) {
    const garbage = Math.max(0, p.total - p.estimate);
    p.cycle = Math.max(1, liveSize(L.G) * MARK_COST + garbage * SWEEP_COST);
    p.lastHeap = heapAllocated(); // Marking's own allocations are not the program's.
  }
  if (lim >= p.cycle) {
    finishCycle(L, p);
    return 1;
  }
  p.cycle -= lim;
  if (p.debt < GCSTEPSIZE) {
    p.threshold = p.total + GCSTEPSIZE;
    return -1;
  }
  p.debt -= GCSTEPSIZE;
  p.threshold = p.total;
  return 0;
}

/** collectgarbage("step", kb) (lua_gc LUA_GCSTEP): true when a cycle finished. */
export function gcStep(L: LuaState, kb: number): boolean {
  const p = gcPace(L.G);
  account(p);
  const a = kb * 1024;
  p.threshold = a <= p.total ? p.total - a : 0;
  while (p.total >= p.threshold) {
    if (gcStepOnce(L, p) > 0) return true;
  }
  return false;
}

/** collectgarbage("stop"/"restart"): only changes when cycles finish by themselves. */
export function gcSetRunning(G: GlobalState, on: boolean): void {
  const p = gcPace(G);
  p.running = on;
  if (on) p.threshold = p.total;
}
