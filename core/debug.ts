// Debug info helpers shared by the compiler, the VM and the debug library.
import { BC, bcA, bcB, bcC, bcD, bcMeta, bcModeA, bcOp } from "./bc.ts";
import type { Proto } from "./func.ts";
import { LuaFunction } from "./func.ts";
import { fmtAddr, objAddr } from "./value.ts";
import {
  FRAME_C,
  FRAME_CONT,
  FRAME_LUA,
  FRAME_TYPE,
  FRAME_TYPEP,
  FRAME_VARG,
  type LuaState,
} from "./state.ts";

/** Size of a short source name, including C's terminating NUL (LUA_IDSIZE). */
export const LUA_IDSIZE = 60;

/**
 * The short form of a chunk name used in messages: `=name` gives name (cut to 59 bytes),
 * `@file` gives the file name (its last 56 bytes behind "..." when long), and source text
 * gives `[string "first line..."]`. `builtin` marks a builtin function's pseudo-source.
 */
export function shortSrc(chunkname: string, builtin = false): string {
  const c0 = chunkname.charCodeAt(0);
  if (c0 === 0x3d /* = */) return chunkname.slice(1, LUA_IDSIZE);
  if (c0 === 0x40 /* @ */) {
    const name = chunkname.slice(1);
    return name.length >= LUA_IDSIZE ? "..." + name.slice(name.length - (LUA_IDSIZE - 4)) : name;
  }
  let len = 0;
  while (len < LUA_IDSIZE - 12 && len < chunkname.length && chunkname.charCodeAt(len) >= 0x20) {
    len++;
  }
  const open = builtin ? "[builtin:" : '[string "';
  const close = builtin ? "]" : '"]';
  if (len < chunkname.length) {
    return open + chunkname.slice(0, Math.min(len, LUA_IDSIZE - 15)) + "..." + close;
  }
  return open + chunkname + close;
}

/** shortSrc of a prototype; library functions written in Lua (first line -1, LuaJIT's
 * ~0) show as "[builtin:name]". */
export function protoSrc(pt: Proto): string {
  return shortSrc(pt.chunkname, pt.firstline < 0);
}

// -- Frames, lines and names -----------------------------------------------------------
// A frame is identified by its base (see core/state.ts for the layout). The running frame
// of a thread is L.base; each frame's link leads to the one below it.

/** Base of the frame below the frame at `base`. */
export function framePrev(L: LuaState, base: number): number {
  return base - (L.link[base - 1] >> 3);
}

/** Frame type of the frame at `base`. */
export function frameType(L: LuaState, base: number): number {
  return L.link[base - 1] & FRAME_TYPEP;
}

/** The function running in the frame at `base`, if it is a function. */
export function frameFunc(L: LuaState, base: number): LuaFunction | null {
  const f = L.stack[base - 2];
  return f instanceof LuaFunction ? f : null;
}

/**
 * Frame at a level counted from the running function (lj_debug_frame): sets
 * `found.base` and `found.next` (base of the frame above it, 0 for the running one) and
 * returns true, or returns false and sets `found.base` to the number of levels missing.
 */
export function debugFrame(
  L: LuaState,
  level: number,
  found: { base: number; next: number },
): boolean {
  let next = 0;
  for (let base = L.base; base > 2;) {
    if (L.stack[base - 2] === L) level++; // Dummy frame of a failed call.
    if (level-- === 0) {
      found.base = base;
      found.next = next;
      return true;
    }
    next = base;
    if ((L.link[base - 1] & FRAME_TYPEP) === FRAME_VARG) level++; // Not a level.
    base = framePrev(L, base);
  }
  found.base = level;
  found.next = 0;
  return false;
}

/**
 * Index of the instruction a Lua frame executes (debug_framepc), or -1: taken from the
 * frame above it, or from L.pc for the running frame.
 */
export function framePC(L: LuaState, fn: LuaFunction, next: number): number {
  if (fn.proto === null) return -1;
  if (next === 0) return L.pc;
  const t = L.link[next - 1] & FRAME_TYPE;
  if (t === FRAME_LUA || t === FRAME_CONT || t === FRAME_C) return L.linkpc[next - 1] - 1;
  return -1;
}

/** Source line of the instruction at index pc (lj_debug_line); 0 without line info. */
export function debugLine(pt: Proto, pc: number): number {
  const li = pt.lineinfo;
  if (li === null || pc > pt.bc.length) return 0;
  if (pc === pt.bc.length) return pt.firstline + pt.numline;
  if (pc === 0) return pt.firstline;
  return li[pc];
}

/** Current line of a frame, -1 when unknown. */
export function frameLine(L: LuaState, fn: LuaFunction, next: number): number {
  const pc = framePC(L, fn, next);
  return pc >= 0 ? debugLine(fn.proto!, pc) : -1;
}

/** Name of the local variable in `slot` at instruction pc (debug_varname), or null. */
export function varName(pt: Proto, pc: number, slot: number): string | null {
  const vi = pt.varinfo;
  for (let i = 0; i < vi.length; i++) {
    const v = vi[i];
    if (v.startpc > pc) break;
    if (pc < v.endpc && slot-- === 0) return v.name;
  }
  return null;
}

/** Name of upvalue `idx` of a prototype ("" when stripped). */
export function uvName(pt: Proto, idx: number): string {
  return pt.uvnames[idx] ?? "";
}

/** A name as LuaJIT's C strings show it: up to the first NUL. */
function cName(s: string): string {
  const z = s.indexOf("\0");
  return z < 0 ? s : s.slice(0, z);
}

/** What a slot holds at instruction pc, for messages (lj_debug_slotname): [kind, name]. */

export function slotName(pt: Proto, pc: number, slot: number): [string, string] | null {
  const bc = pt.bc;
  for (;;) {
    const lname = varName(pt, pc, slot);
    if (lname !== null) return ["local", lname];
    let restart = false;
    while (--pc > 0) {
      const ins = bc[pc];
      const op = bcOp(ins);
      const ra = bcA(ins);
      const ma = bcModeA[op];
      if (ma === "base") {
        if (slot >= ra && (op !== BC.KNIL || slot <= bcD(ins))) return null;
      } else if (ma === "dst" && ra === slot) {
        if (op === BC.MOV) {
          slot = bcD(ins);
          restart = true;
          break;
        }
        if (op === BC.GGET) return ["global", cName(pt.kgc[bcD(ins)] as string)];
        if (op === BC.TGETS) {
          const name = cName(pt.kgc[bcC(ins)] as string);
          if (pc > 1) {
            const insp = bc[pc - 1];
            if (bcOp(insp) === BC.MOV && bcA(insp) === ra + 2 && bcD(insp) === bcB(ins)) {
              return ["method", name];
            }
          }
          return ["field", name];
        }
        if (op === BC.UGET) return ["upvalue", uvName(pt, bcD(ins))];
        return null;
      }
    }
    if (!restart) return null;
  }
}

/** How the function of the frame at `base` was called (lj_debug_funcname): [kind, name]. */
export function funcName(L: LuaState, base: number): [string, string] | null {
  if (base <= 2) return null;
  if ((L.link[base - 1] & FRAME_TYPEP) === FRAME_VARG) base = framePrev(L, base);
  // Called from Lua code, by a metamethod's instruction, or from JS on behalf of a Lua
  // frame's instruction (a hook or an error handler: vmCall keeps its pc).
  const link = L.link[base - 1];
  const t = link & FRAME_TYPE;
  if (t !== FRAME_LUA && t !== FRAME_CONT && (link & FRAME_TYPEP) !== FRAME_C) return null;
  const pbase = framePrev(L, base);
  const fn = frameFunc(L, pbase);
  if (fn === null || fn.proto === null) return null;
  const pc = L.linkpc[base - 1] - 1;
  const pt = fn.proto;
  if (pc < 0 || pc >= pt.bc.length) return null;
  const ins = pt.bc[pc];
  const mm = bcMeta[bcOp(ins)];
  if (mm === "call") {
    let slot = bcA(ins);
    if (bcOp(ins) === BC.ITERC) slot -= 3;
    return slotName(pt, pc, slot);
  }
  if (mm !== "___") return ["metamethod", "__" + mm];
  return null;
}

/** Prefixes a message with the position of a frame, if it runs Lua code (lj_debug_addloc). */
export function addLoc(L: LuaState, msg: string, base: number, next: number): string {
  if (base > 2) {
    const fn = frameFunc(L, base);
    if (fn !== null && fn.proto !== null) {
      const line = frameLine(L, fn, next);
      if (line >= 0) return protoSrc(fn.proto) + ":" + line + ": " + msg;
    }
  }
  return msg;
}

// -- Tracebacks -------------------------------------------------------------------------

/** Number of levels shown before and after the "..." of a long traceback. */
const TRACEBACK_LEVELS1 = 12;
const TRACEBACK_LEVELS2 = 10;

/** What lua_getinfo("Snl") says about the frame at `base` (with `next` above it). */
export interface FrameInfo {
  fn: LuaFunction | null;
  shortSrc: string;
  what: "Lua" | "main" | "C";
  currentline: number;
  linedefined: number;
  namewhat: string;
  name: string;
}

/** Debug info of the frame at `base` (lj_debug_getinfo for 'S', 'l' and 'n'). */
export function frameInfo(L: LuaState, base: number, next: number): FrameInfo {
  const fn = frameFunc(L, base);
  const pt = fn?.proto ?? null;
  const nm = funcName(L, base);
  return {
    fn,
    shortSrc: pt ? protoSrc(pt) : "[C]",
    what: pt ? (pt.firstline || !pt.numline ? "Lua" : "main") : "C",
    currentline: fn ? frameLine(L, fn, next) : -1,
    linedefined: pt ? pt.firstline : -1,
    namewhat: nm ? nm[0] : "",
    name: nm ? nm[1] : "",
  };
}

/** "stack traceback:" and one line per level from `level` on (luaL_traceback). */
export function traceback(L1: LuaState, msg: string | null, level: number): string {
  let out = msg !== null ? msg + "\n" : "";
  out += "stack traceback:";
  let lim = TRACEBACK_LEVELS1;
  const f = { base: 0, next: 0 };
  while (debugFrame(L1, level++, f)) {
    if (level > lim) {
      if (!debugFrame(L1, level + TRACEBACK_LEVELS2, { base: 0, next: 0 })) {
        level--;
      } else {
        out += "\n\t...";
        // Skip to the last TRACEBACK_LEVELS2 levels.
        debugFrame(L1, -10, f);
        level = (f.base < 0 ? -10 - f.base : 0) - TRACEBACK_LEVELS2;
      }
      lim = 0x7fffffff;
      continue;
    }
    const ar = frameInfo(L1, f.base, f.next);
    const fn = ar.fn;
    if (fn !== null && fn.ffid > 1 && !ar.namewhat) out += `\n\t[builtin#${fn.ffid}]:`;
    else out += `\n\t${ar.shortSrc}:`;
    if (ar.currentline > 0) out += `${ar.currentline}:`;
    if (ar.namewhat) out += ` in function '${ar.name}'`;
    else if (ar.what === "main") out += " in main chunk";
    else if (ar.what === "C") out += ` at ${fmtAddr(fn ? objAddr(fn) : 0)}`;
    else out += ` in function <${ar.shortSrc}:${ar.linedefined}>`;
  }
  return out;
}
