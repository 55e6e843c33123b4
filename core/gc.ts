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

/** Marks everything reachable from the roots; returns the marked set and weak tables. */
function mark(G: GlobalState, extra: GCObject[]): { live: Set<GCObject>; weak: LuaTable[] } {
  const live = new Set<GCObject>();
  const weak: LuaTable[] = [];
  const work: GCObject[] = [];
  const push = (v: LuaValue | Upval | null) => {
    if (v instanceof GCObject && !live.has(v)) {
      live.add(v);
      work.push(v);
    }
  };
  push(G.registry);
  push(G.globals);
  push(G.mainThread);
  push(G.cur);
  for (const mt of G.basemt) push(mt);
  for (const v of G.libData.values()) {
    if (v instanceof GCObject) push(v);
    else if (Array.isArray(v) && v !== udataList(G)) { for (const x of v) push(x); }
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
  return { live, weak };
}

/** One past the highest slot in use on a thread's stack (L->top, as LuaJIT scans it). */
function stackExtent(L: LuaState): number {
  const f = L.stack[L.base - 2];
  if (f instanceof LuaFunction && f.proto !== null) return L.base + f.proto.framesize;
  return L.top;
}

/**
 * A full collection (collectgarbage("collect")): clears weak references to unreachable
 * objects and runs the __gc metamethods of unreachable userdata. Returns nothing; the
 * finalizers run in L and their errors propagate.
 */
export function fullGC(L: LuaState): void {
  const G = L.G;
  const all = udataList(G);
  const { live, weak } = mark(G, []);
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
