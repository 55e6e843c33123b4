// Slow paths of the instructions: coercions, metamethods and their errors. A metamethod
// implemented by a function is not called here: a continuation frame is pushed above
// the running frame (as LuaJIT's mmcall does) and the instruction returns A_CALL to the
// trampoline; when the metamethod returns, the continuation (vm.ts) stores its result
// and resumes the instruction stream. Helpers return 0 when they finished the work and
// non-zero when they pushed such a frame.
import { BC, setOp } from "./bc.ts";
import { LuaFunction, Proto, PROTO_UV_LOCAL, Upval } from "./func.ts";
import { EPOCH, LuaTable, type Shape } from "./table.ts";
import { LuaUserdata, type LuaValue, typeName } from "./value.ts";
import { FRAME_CONT, FRAME_LUA, FRAME_TYPEP, type LuaState, MM } from "./state.ts";
import { ErrMsg, errMsg, LuaError, throwMsg } from "./err.ts";
import { addLoc, funcName, slotName } from "./debug.ts";
import { arithNum, metaFast, metaLookup, strCmp, toNumber } from "./meta.ts";
import { fmtNum } from "./strfmt_num.ts";
import { isGrowthError, LJ_MAX_STR } from "./lib/strbuild.ts";

/** Continuation kinds: what happens with a metamethod's result. */
export const CONT_RA = 1; // Store the first result into slot A of the instruction.
export const CONT_NOP = 2; // Ignore the results (__newindex).
export const CONT_CONDT = 3; // Take the jump after the instruction if the result is true.
export const CONT_CONDF = 4; // Take the jump if the result is false.
export const CONT_CAT = 5; // Store into the concatenation stack and continue concatenating.

/** Max. length of an __index/__newindex chain (LJ_MAX_IDXCHAIN). */
const MAX_IDXCHAIN = 100;

/** The prototype of the Lua function running at `base`. */
function protoAt(L: LuaState, base: number): Proto {
  return (L.stack[base - 2] as LuaFunction).proto!;
}

/**
 * Pushes a metamethod call above the frame at `base`: [cont, info, mo, link, a, b, c].
 * The new frame returns to instruction pc+1 through the continuation `cont`.
 */
export function mmCall(
  L: LuaState,
  base: number,
  pc: number,
  cont: number,
  info: number,
  mo: LuaValue,
  a: LuaValue,
  b: LuaValue,
  nargs = 2,
  c: LuaValue = undefined,
): void {
  const S = L.stack;
  // A concatenation's frame starts at its left operand, the CAT stack's top (lj_meta_cat).
  const top = cont === CONT_CAT ? base + info : base + protoAt(L, base).framesize;
  const nb = top + 4;
  S[top] = cont;
  S[top + 1] = info;
  S[top + 2] = mo;
  S[nb] = a;
  S[nb + 1] = b;
  if (nargs > 2) S[nb + 2] = c;
  L.link[nb - 1] = ((nb - base) << 3) | FRAME_CONT;
  L.linkpc[nb - 1] = pc + 1;
  L.base = nb;
  L.top = nb + nargs;
}

// -- Errors ---------------------------------------------------------------------------

/** Error at the running Lua frame, with its position (lj_err_msg). */
function errAt(L: LuaState, base: number, pc: number, msg: string): never {
  L.base = base;
  L.pc = pc;
  throw new LuaError(addLoc(L, msg, base, 0));
}

/**
 * "attempt to <op> <kind> '<name>' (a <type> value)" when the operand's slot has a name
 * at pc, else "attempt to <op> a <type> value" (lj_err_optype).
 */
export function optypeError(
  L: LuaState,
  base: number,
  pc: number,
  o: LuaValue,
  slot: number,
  op: string,
): never {
  const tname = typeName(o);
  const name = slot >= 0 ? slotName(protoAt(L, base), pc, slot) : null;
  const msg = name
    ? errMsg(ErrMsg.BADOPRT, op, name[0], name[1], tname)
    : errMsg(ErrMsg.BADOPRV, op, tname);
  errAt(L, base, pc, msg);
}

/** "attempt to compare ..." (lj_err_comp). */
function compareError(L: LuaState, base: number, pc: number, a: LuaValue, b: LuaValue): never {
  const t1 = typeName(a), t2 = typeName(b);
  errAt(L, base, pc, t1 === t2 ? errMsg(ErrMsg.BADCMPV, t1) : errMsg(ErrMsg.BADCMPT, t1, t2));
}

// -- Indexing -------------------------------------------------------------------------

/** TGETx and GGET slow path: __index chain and metamethod (lj_meta_tget). */
export function H_index(
  L: LuaState,
  base: number,
  dst: number,
  o: LuaValue,
  k: LuaValue,
  slot: number,
  pc: number,
): number {
  for (let loop = 0; loop < MAX_IDXCHAIN; loop++) {
    let mo: LuaValue;
    if (o instanceof LuaTable) {
      const v = o.get(k);
      if (v !== undefined) {
        L.stack[base + dst] = v;
        return 0;
      }
      mo = metaFast(o.mt, MM.index);
      if (mo === undefined) {
        L.stack[base + dst] = undefined;
        return 0;
      }
    } else {
      mo = metaLookup(L.G, o, MM.index);
      if (mo === undefined) optypeError(L, base, pc, o, slot, "index");
    }
    if (mo instanceof LuaFunction) {
      mmCall(L, base, pc, CONT_RA, 0, mo, o, k);
      return 1;
    }
    o = mo;
    slot = -1;
  }
  errAt(L, base, pc, errMsg(ErrMsg.GETLOOP));
}

/** TSETx and GSET slow path: __newindex chain and metamethod (lj_meta_tset). */
export function H_newindex(
  L: LuaState,
  base: number,
  o: LuaValue,
  k: LuaValue,
  v: LuaValue,
  slot: number,
  pc: number,
): number {
  for (let loop = 0; loop < MAX_IDXCHAIN; loop++) {
    let mo: LuaValue;
    if (o instanceof LuaTable) {
      if (o.get(k) !== undefined || (mo = metaFast(o.mt, MM.newindex)) === undefined) {
        L.base = base;
        L.pc = pc;
        o.set(k, v);
        return 0;
      }
    } else {
      mo = metaLookup(L.G, o, MM.newindex);
      if (mo === undefined) optypeError(L, base, pc, o, slot, "index");
    }
    if (mo instanceof LuaFunction) {
      mmCall(L, base, pc, CONT_NOP, 0, mo, o, k, 3, v);
      return 1;
    }
    o = mo;
    slot = -1;
  }
  errAt(L, base, pc, errMsg(ErrMsg.SETLOOP));
}

/** TGETR: raw get. */
export function H_rawget(L: LuaState, t: LuaValue, k: LuaValue, pc: number): LuaValue {
  if (t instanceof LuaTable) return t.get(k);
  L.pc = pc;
  throwMsg(ErrMsg.BADOPRV, "index", typeName(t));
}

/** TSETR: raw set. */
export function H_rawset(L: LuaState, t: LuaValue, k: LuaValue, v: LuaValue, pc: number): void {
  L.pc = pc;
  if (t instanceof LuaTable) t.set(k, v);
  else throwMsg(ErrMsg.BADOPRV, "index", typeName(t));
}

// -- Fast paths of compiled code (no frames pushed, no errors raised) -------------------

/** What the fast lookups return when a metamethod must run or an error be raised. */
export const NEEDMM: LuaValue = Object.freeze(new LuaTable()) as unknown as LuaValue;

/** Indexing through __index tables; NEEDMM for __index functions and errors. */
export function H_get(L: LuaState, o: LuaValue, k: LuaValue): LuaValue {
  for (let loop = 0; loop < MAX_IDXCHAIN; loop++) {
    let mo: LuaValue;
    if (o instanceof LuaTable) {
      if (loop > 0) o.isProto = true;
      const v = o.get(k);
      if (v !== undefined) return v;
      mo = metaFast(o.mt, MM.index);
      if (mo === undefined) return undefined;
    } else {
      mo = metaLookup(L.G, o, MM.index);
      if (mo === undefined) return NEEDMM;
    }
    if (mo instanceof LuaFunction) return NEEDMM;
    o = mo;
  }
  return NEEDMM;
}

/**
 * Inline cache of a compiled string-key lookup: the key's position in tables of shape s
 * (i >= 0), or for a shared shape without the key (i = -1) the value the __index chain
 * of metatable m gave in epoch e.
 */
export interface IC {
  s: Shape | null;
  i: number;
  m: LuaTable | undefined;
  e: number;
  v: LuaValue;
  /** A store's transition: tables of shared shape f get the key at position j, shape n. */
  f: Shape | null;
  n: Shape | null;
  j: number;
}

/** May a nil hash entry of t be stored into directly (no metatable)? Clears its nomm. */
export function H_revive(t: LuaTable): boolean {
  if (t.mt !== undefined) return false;
  t.nomm = 0;
  return true;
}

/** Lookup of a string key in a table that fills an inline cache for its shape. */
export function H_icget(t: LuaTable, k: string, c: IC): LuaValue {
  const sh = t.shape, i = sh.find(k);
  if (i >= 0) {
    c.s = sh;
    c.i = i;
    return t.hvals![i];
  }
  if (!sh.owned) {
    c.s = sh;
    c.i = -1;
    c.m = undefined;
  }
  return undefined;
}

/** A compiled store of a string key into a table without metatable, filling the cache. */
export function H_icset(t: LuaTable, k: string, v: LuaValue, c: IC): void {
  const s0 = t.shape;
  t.setStr(k, v);
  const s1 = t.shape, j = s0.keys.length;
  if (
    s1 !== s0 && !s0.owned && !s1.owned && s1.keys.length === j + 1 && s1.keys[j] === k &&
    v !== undefined
  ) {
    c.f = s0;
    c.n = s1;
    c.j = j;
  }
  H_icget(t, k, c);
}

/** The cached transition of a store: appends v as the key that makes shape n. */
export function H_append(t: LuaTable, n: Shape, v: LuaValue): void {
  t.shape = n;
  t.nomm = 0;
  const hv = t.hvals;
  if (hv === null) t.hvals = [v];
  else hv.push(v);
}

/** A compiled string-key lookup that missed its cache (H_get's semantics). */
export function H_icmiss(L: LuaState, t: LuaValue, k: string, c: IC): LuaValue {
  if (!(t instanceof LuaTable)) return H_get(L, t, k);
  const v = H_icget(t, k, c);
  if (v !== undefined || t.mt === undefined) return v;
  return c.s === t.shape && c.i < 0 ? H_icchain(L, t, k, c) : H_getmt(L, t, k);
}

/** The __index chain of a table without key k, cached for its metatable and epoch. */
export function H_icchain(L: LuaState, t: LuaTable, k: string, c: IC): LuaValue {
  const v = H_getmt(L, t, k);
  if (v !== NEEDMM && chainMarked(t, k)) {
    c.m = t.mt;
    c.e = EPOCH.n;
    c.v = v;
  }
  return v;
}

/**
 * Marks the metatables and __index tables met looking up k from t so that changing them
 * bumps EPOCH; false when the chain passes through something else (not cacheable).
 */
function chainMarked(t: LuaTable, k: string): boolean {
  let o = t;
  for (let n = 0; n < MAX_IDXCHAIN; n++) {
    const mt = o.mt;
    if (mt === undefined) return true;
    mt.isProto = true;
    const mo = mt.getStr("__index");
    if (mo === undefined) return true;
    if (!(mo instanceof LuaTable)) return false;
    mo.isProto = true;
    if (mo.getStr(k) !== undefined) return true;
    o = mo;
  }
  return false;
}

/** Indexing a table's metatable chain once the table itself has no value for k. */
export function H_getmt(L: LuaState, t: LuaTable, k: LuaValue): LuaValue {
  const mo = metaFast(t.mt, MM.index);
  if (mo === undefined) return undefined;
  if (mo instanceof LuaFunction) return NEEDMM;
  return H_get(L, mo, k);
}

/** Storing through __newindex tables; false for __newindex functions and errors. */
export function H_set(L: LuaState, o: LuaValue, k: LuaValue, v: LuaValue): boolean {
  for (let loop = 0; loop < MAX_IDXCHAIN; loop++) {
    let mo: LuaValue;
    if (o instanceof LuaTable) {
      if (o.get(k) !== undefined) {
        o.set(k, v);
        return true;
      }
      mo = metaFast(o.mt, MM.newindex);
      if (mo === undefined) {
        if (k === undefined || k !== k) return false;
        o.set(k, v);
        return true;
      }
    } else {
      mo = metaLookup(L.G, o, MM.newindex);
      if (mo === undefined) return false;
    }
    if (mo instanceof LuaFunction) return false;
    o = mo;
  }
  return false;
}

/** Equality of two different objects without calling __eq: 0 unequal, 2 __eq needed. */
export function H_eqfast(x: LuaValue, y: LuaValue): number {
  if (x instanceof LuaTable && y instanceof LuaTable) {
    return metaFast(x.mt, MM.eq) === undefined ? 0 : 2;
  }
  if (x instanceof LuaUserdata && y instanceof LuaUserdata) {
    return metaFast(x.mt as LuaTable | undefined, MM.eq) === undefined ? 0 : 2;
  }
  return 0;
}

/** A key a table store accepts (not nil, not NaN). */
export function H_keyok(k: LuaValue): boolean {
  return k !== undefined && k === k;
}

/** ISTYPE without conversions or errors (those are left to H_istype). */
export function H_istypeok(v: LuaValue, tp: number): boolean {
  switch (tp) {
    case 15:
      return typeof v === "number";
    case 5:
      return typeof v === "string";
    case 9:
      return v instanceof LuaFunction;
    case 12:
      return v instanceof LuaTable;
    default:
      return false;
  }
}

// -- Arithmetic -----------------------------------------------------------------------

/** Arithmetic slow path: string coercion or metamethod (lj_meta_arith). */
export function H_arith(
  L: LuaState,
  base: number,
  dst: number,
  x: LuaValue,
  y: LuaValue,
  mm: MM,
  sx: number,
  sy: number,
  pc: number,
): number {
  const nx = toNumber(x), ny = toNumber(y);
  if (nx !== undefined && ny !== undefined) {
    L.stack[base + dst] = arithNum(nx, ny, mm);
    return 0;
  }
  let mo = metaLookup(L.G, x, mm);
  if (mo === undefined) mo = metaLookup(L.G, y, mm);
  if (mo === undefined) {
    if (nx === undefined) optypeError(L, base, pc, x, sx, "perform arithmetic on");
    optypeError(L, base, pc, y, sy, "perform arithmetic on");
  }
  mmCall(L, base, pc, CONT_RA, 0, mo, x, y);
  return 1;
}

/** UNM slow path. */
export function H_unm(
  L: LuaState,
  base: number,
  dst: number,
  v: LuaValue,
  slot: number,
  pc: number,
): number {
  const n = toNumber(v);
  if (n !== undefined) {
    L.stack[base + dst] = -n;
    return 0;
  }
  const mo = metaLookup(L.G, v, MM.unm);
  if (mo === undefined) optypeError(L, base, pc, v, slot, "perform arithmetic on");
  mmCall(L, base, pc, CONT_RA, 0, mo, v, v);
  return 1;
}

/** LEN slow path (neither string nor table): __len (lj_meta_len). */
export function H_len(
  L: LuaState,
  base: number,
  _dst: number,
  v: LuaValue,
  slot: number,
  pc: number,
): number {
  const mo = metaLookup(L.G, v, MM.len);
  if (mo === undefined) optypeError(L, base, pc, v, slot, "get length of");
  mmCall(L, base, pc, CONT_RA, 0, mo, v, undefined);
  return 1;
}

// -- Comparisons ----------------------------------------------------------------------

/**
 * Ordered comparison slow path (lj_meta_comp); op: 0 LT, 1 GE, 2 LE, 3 GT. Returns 1 if
 * the jump is taken, 0 if not, 2 if a metamethod call was pushed.
 */
export function H_compare(
  L: LuaState,
  base: number,
  x: LuaValue,
  y: LuaValue,
  op: number,
  pc: number,
): number {
  if (typeof x === "string" && typeof y === "string") {
    const c = strCmp(x, y);
    const r = (op & 2) ? c <= 0 : c < 0;
    return r !== ((op & 1) !== 0) ? 1 : 0;
  }
  if (typeof x !== typeof y || typeof x === "number" || typeName(x) !== typeName(y)) {
    compareError(L, base, pc, x, y);
  }
  for (;;) {
    const mm = (op & 2) ? MM.le : MM.lt;
    const mo = metaLookup(L.G, x, mm);
    if (mo === undefined || mo !== metaLookup(L.G, y, mm)) {
      if (op & 2) {
        const t = x;
        x = y;
        y = t;
        op ^= 3;
        continue;
      }
      compareError(L, base, pc, x, y);
    }
    mmCall(L, base, pc, (op & 1) ? CONT_CONDF : CONT_CONDT, 0, mo, x, y);
    return 2;
  }
}

/**
 * Equality of two different objects (lj_meta_equal): __eq of two tables or two userdata
 * with the same metamethod. Returns 1 to jump, 0 not to, 2 after pushing a call.
 */
export function H_equal(
  L: LuaState,
  base: number,
  x: LuaValue,
  y: LuaValue,
  ne: number,
  pc: number,
): number {
  let mt1: LuaTable | undefined, mt2: LuaTable | undefined;
  if (x instanceof LuaTable && y instanceof LuaTable) {
    mt1 = x.mt;
    mt2 = y.mt;
  } else if (x instanceof LuaUserdata && y instanceof LuaUserdata) {
    mt1 = x.mt as LuaTable | undefined;
    mt2 = y.mt as LuaTable | undefined;
  } else {
    return ne;
  }
  const mo = metaFast(mt1, MM.eq);
  if (mo === undefined) return ne;
  if (mt1 !== mt2) {
    const mo2 = metaFast(mt2, MM.eq);
    if (mo2 === undefined || mo2 !== mo) return ne;
  }
  mmCall(L, base, pc, ne ? CONT_CONDF : CONT_CONDT, 0, mo, x, y);
  return 2;
}

// -- Concatenation --------------------------------------------------------------------

function isStrNum(v: LuaValue): v is string | number {
  return typeof v === "string" || typeof v === "number";
}

/** CAT: concatenates slots B..C into A (lj_meta_cat), right to left. */
export function H_concat(
  L: LuaState,
  base: number,
  a: number,
  b: number,
  c: number,
  pc: number,
): number {
  return concatFrom(L, base, a, base + b, base + c, pc);
}

/** Room LuaJIT's concatenation reserves for a number (STRFMT_MAXBUF_NUM). */
const CAT_NUM_ROOM = 32;

/**
 * A concatenation of slots lo..hi too long for a JS string: LuaJIT refuses results of
 * LJ_MAX_STR bytes or more as "string length overflow" (estimating numbers as it does),
 * shorter ones fit LuaJIT but not JS: "not enough memory".
 */
function catLengthError(
  L: LuaState,
  base: number,
  pc: number,
  S: LuaValue[],
  lo: number,
  hi: number,
): never {
  let n = 0;
  for (let j = lo; j <= hi; j++) {
    const v = S[j];
    n += typeof v === "string" ? v.length : CAT_NUM_ROOM;
  }
  if (n >= LJ_MAX_STR) errAt(L, base, pc, errMsg(ErrMsg.STROV));
  throw new LuaError(errMsg(ErrMsg.ERRMEM));
}

/** Concatenates slots lo..top (absolute) into slot base+a; continues after __concat. */
export function concatFrom(
  L: LuaState,
  base: number,
  a: number,
  lo: number,
  top: number,
  pc: number,
): number {
  const S = L.stack;
  while (top > lo) {
    const x = S[top - 1], y = S[top];
    if (!isStrNum(x) || !isStrNum(y)) {
      let mo = metaLookup(L.G, x, MM.concat);
      if (mo === undefined) mo = metaLookup(L.G, y, MM.concat);
      if (mo === undefined) {
        const bad = isStrNum(x) ? top : top - 1;
        optypeError(L, base, pc, S[bad], bad - base, "concatenate");
      }
      mmCall(L, base, pc, CONT_CAT, top - 1 - base, mo, x, y);
      return 1;
    }
    // Take as many strings and numbers as possible.
    let i = top - 1;
    while (i > lo && isStrNum(S[i - 1])) i--;
    let s = "";
    try {
      for (let j = i; j <= top; j++) {
        const v = S[j] as string | number;
        s += typeof v === "string" ? v : fmtNum(v);
      }
    } catch (e) {
      if (isGrowthError(e)) catLengthError(L, base, pc, S, i, top);
      throw e;
    }
    S[i] = s;
    top = i;
  }
  S[base + a] = S[lo];
  return 0;
}

// -- Closures and upvalues ------------------------------------------------------------

/** The open upvalue for an absolute stack slot, created if needed (func_finduv). */
export function findUpval(L: LuaState, slot: number): Upval {
  let prev: Upval | null = null;
  let uv = L.openupval;
  while (uv !== null && uv.idx >= slot) {
    if (uv.idx === slot) return uv;
    prev = uv;
    uv = uv.next;
  }
  const nu = new Upval(L.stack, slot);
  nu.next = uv;
  if (prev === null) L.openupval = nu;
  else prev.next = nu;
  return nu;
}

/** Closes the open upvalues of slots >= level (lj_func_closeuv). */
export function H_closeuv(L: LuaState, level: number): void {
  let uv = L.openupval;
  while (uv !== null && uv.idx >= level) {
    const next = uv.next;
    uv.close();
    uv = next;
  }
  L.openupval = uv;
}

/** FNEW: a closure of `pt` in the frame at `base` of closure `parent`. */
export function H_fnew(L: LuaState, pt: Proto, parent: LuaFunction, base: number): LuaFunction {
  const fn = new LuaFunction(pt, null, parent.env);
  const uvs = pt.uv, n = uvs.length;
  const up = fn.upvals;
  for (let i = 0; i < n; i++) {
    const v = uvs[i];
    up.push((v & PROTO_UV_LOCAL) ? findUpval(L, base + (v & 0xff)) : parent.upvals[v & 0xff]);
  }
  return fn;
}

// -- Loops, varargs, table constructors -----------------------------------------------

/** FORI with non-number operands: coerces numeric strings or raises LuaJIT's error. */
export function H_forprep(L: LuaState, base: number, a: number, pc: number): void {
  const S = L.stack, r = base + a;
  const errs = [ErrMsg.FORINIT, ErrMsg.FORLIM, ErrMsg.FORSTEP] as const;
  for (let i = 0; i < 3; i++) {
    const n = toNumber(S[r + i]);
    if (n === undefined) errAt(L, base, pc, errMsg(errs[i]));
    S[r + i] = n;
  }
}

/** VARG: copies the varargs of the running vararg function to slots A.. (B-1 of them). */
export function H_varg(L: LuaState, base: number, a: number, b: number, c: number, pc: number) {
  const S = L.stack;
  const delta = L.link[base - 1] >> 3;
  const vstart = base - delta + c;
  const nvar = Math.max(0, delta - 2 - c);
  const dst = base + a;
  if (b > 0) {
    for (let i = 0; i < b - 1; i++) S[dst + i] = i < nvar ? S[vstart + i] : undefined;
  } else {
    if (dst + nvar > L.size) {
      L.base = base;
      L.pc = pc;
      L.growStack(dst + nvar);
    }
    for (let i = 0; i < nvar; i++) S[dst + i] = S[vstart + i];
    L.nres = nvar;
  }
}

/** Bias of the start index stored in TSETM's number constant (2^52). */
const TSETM_BIAS = 4503599627370496;

/** TSETM: stores the L.nres values from slot A on into table A-1 from index k. */
export function H_tsetm(L: LuaState, base: number, a: number, k: number, pc: number): void {
  const S = L.stack, t = S[base + a - 1] as LuaTable, n = L.nres;
  const idx = k - TSETM_BIAS;
  L.base = base;
  L.pc = pc;
  if (n > 0 && idx + n > t.asize) t.reasize(idx + n);
  for (let i = 0; i < n; i++) t.setInt(idx + i, S[base + a + i]);
}

/** ISNEXT found no `next` over a table: turn ISNEXT/ITERN into JMP/ITERC for good. */
export function H_despecialize(pt: Proto, pc: number, target: number): void {
  pt.bc[pc] = setOp(pt.bc[pc], BC.JMP);
  if ((pt.bc[target] & 0xff) === BC.ITERN) pt.bc[target] = setOp(pt.bc[target], BC.ITERC);
}

/** ISTYPE/ISNUM of bytecode builtins: argument type checks. */
export function H_istype(L: LuaState, base: number, a: number, tp: number, pc: number): void {
  // ISTYPE/ISNUM of the library functions written in Lua (lj_meta_istype): tp is the
  // complement of the expected itype plus one (5 string, 9 function, 12 table, 15 number).
  // Strings and numbers convert in place; other mismatches are argument errors named
  // after the call site, at the caller's position.
  const S = L.stack;
  const v = S[base + a];
  let want: string;
  if (tp === 15) {
    if (typeof v === "number") return;
    const n = typeof v === "string" ? toNumber(v) : undefined;
    if (n !== undefined) {
      S[base + a] = n;
      return;
    }
    want = "number";
  } else if (tp === 5) {
    if (typeof v === "string") return;
    if (typeof v === "number") {
      S[base + a] = fmtNum(v);
      return;
    }
    want = "string";
  } else if (tp === 9) {
    if (v instanceof LuaFunction) return;
    want = "function";
  } else if (tp === 12) {
    if (v instanceof LuaTable) return;
    want = "table";
  } else {
    want = "value";
  }
  L.base = base;
  L.pc = pc;
  const fn = funcName(L, base);
  const fname = fn ? fn[1] : "?";
  let narg = a + 1;
  let msg = errMsg(ErrMsg.BADTYPE, want, typeName(v));
  msg = fn && fn[0] === "method" && --narg === 0
    ? errMsg(ErrMsg.BADSELF, fname, msg)
    : errMsg(ErrMsg.BADARG, narg, fname, msg);
  const link = L.link[base - 1];
  const ft = link & FRAME_TYPEP;
  throw new LuaError(
    ft === FRAME_LUA || ft === FRAME_CONT ? addLoc(L, msg, base - (link >> 3), base) : msg,
  );
}

/** An instruction the VM does not implement (JIT-only variants, corrupt bytecode). */
export function H_badop(pt: Proto, pc: number): never {
  throw new Error(`bad instruction ${pt.bc[pc] & 0xff} at ${pc} in ${pt.chunkname}`);
}
