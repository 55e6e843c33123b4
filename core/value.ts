// The Lua value model. Every Lua value is one JS value:
//
//   nil            undefined
//   boolean        JS boolean
//   number         JS number (always a double, as LuaJIT x64 without dual-number mode)
//   string         JS string of bytes: each char code is one byte 0..255 (see bytes.ts)
//   table          LuaTable        (core/table.ts)
//   function       LuaFunction     (core/func.ts): Lua closure or native function
//   userdata       LuaUserdata     (this file): full userdata with metatable and env
//   thread         LuaState        (core/state.ts): a coroutine with its own Lua stack
//   cdata          LuaCdata        (this file): FFI constants from KCDATA (1LL, 2ULL, 3i)
//
// Heap objects (tables, functions, userdata, threads, cdata) extend GCObject, which gives
// them a stable unique pseudo address for `tostring` ("table: 0x7f...") allocated on first
// use. Strings compare and hash by value, which is exactly Lua's interning semantics.
import { fmtNum } from "./strfmt_num.ts";

/** Any Lua value. Heap objects are GCObject subclasses. */
export type LuaValue = undefined | boolean | number | string | GCObject;

/** Type tags in LuaJIT's order of `lj_obj_itypename` (used for base metatables). */
export const enum LuaType {
  NIL = 0,
  BOOLEAN = 1,
  LIGHTUD = 2,
  NUMBER = 3,
  STRING = 4,
  TABLE = 5,
  FUNCTION = 6,
  USERDATA = 7,
  THREAD = 8,
  CDATA = 9,
}

/** Type names by LuaType, as `type()` returns them. */
export const TYPE_NAMES: readonly string[] = [
  "nil",
  "boolean",
  "userdata",
  "number",
  "string",
  "table",
  "function",
  "userdata",
  "thread",
  "cdata",
];

let nextAddr = 0;

/** Base of heap objects: a lazily assigned pseudo address for tostring and %p. */
export abstract class GCObject {
  /** 0 until the address is first asked for. */
  addr = 0;
  abstract get luaType(): LuaType;
  /** What tostring prints without a __tostring metamethod: "table: 0x...". */
  describe(): string {
    return TYPE_NAMES[this.luaType] + ": " + fmtAddr(objAddr(this));
  }
}

/** The pseudo address of a heap object: unique per process, never reused. */
export function objAddr(o: GCObject): number {
  if (o.addr === 0) o.addr = 0x7f0000100000 + ++nextAddr * 0x40;
  return o.addr;
}

/** `0x...` text of an address, as LuaJIT's %p prints it. */
export function fmtAddr(a: number): string {
  return "0x" + a.toString(16).padStart(8, "0");
}

/** Full userdata (newproxy, io files, ...). `data` carries the host payload. */
export class LuaUserdata extends GCObject {
  /** Metatable, or undefined. Typed loosely here to avoid a cycle with table.ts. */
  mt: GCObject | undefined = undefined;
  /** Environment table (Lua 5.1 userdata environment). */
  env: GCObject | undefined = undefined;
  constructor(public data: unknown = undefined) {
    super();
  }
  get luaType(): LuaType {
    return LuaType.USERDATA;
  }
}

/** FFI cdata as far as KCDATA constants need it: 64-bit integers and complex numbers. */
export class LuaCdata extends GCObject {
  constructor(
    public kind: "int64" | "uint64" | "complex",
    public int: bigint = 0n,
    public re = 0,
    public im = 0,
  ) {
    super();
  }
  get luaType(): LuaType {
    return LuaType.CDATA;
  }
  /** The text tostring gives: 1LL, 1ULL, 1+2i. */
  override describe(): string {
    if (this.kind === "int64") return this.int.toString() + "LL";
    if (this.kind === "uint64") return this.int.toString() + "ULL";
    const im = this.im;
    const sign = im < 0 || Object.is(im, -0) ? "-" : "+";
    return fmtNum(this.re) + sign + fmtNum(Math.abs(im)) + "i";
  }
}

/** The type tag of a value. */
export function typeOf(v: LuaValue): LuaType {
  switch (typeof v) {
    case "undefined":
      return LuaType.NIL;
    case "boolean":
      return LuaType.BOOLEAN;
    case "number":
      return LuaType.NUMBER;
    case "string":
      return LuaType.STRING;
    default:
      return v.luaType;
  }
}

/** Lua's type name of a value (`type(v)`). */
export function typeName(v: LuaValue): string {
  switch (typeof v) {
    case "undefined":
      return "nil";
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    default:
      return TYPE_NAMES[v.luaType];
  }
}

/** Lua truthiness: everything except nil and false. */
export function truthy(v: LuaValue): boolean {
  return v !== undefined && v !== false;
}

/** Raw equality (`rawequal`, table keys): numbers by value, objects by identity. */
export function rawEqual(a: LuaValue, b: LuaValue): boolean {
  return a === b;
}

/**
 * The engine-internalized copy of a string: comparing two such strings is a pointer
 * comparison in V8, which makes constant keys fast to find. Used for prototype constants
 * and template keys, not for every string made at run time.
 */
export function intern(s: string): string {
  if (s.length > 64) return s;
  const o: Record<string, boolean> = {};
  o[s] = true;
  for (const k in o) return k;
  return s;
}

/** Number to string as Lua's tostring and concatenation do it ("%.14g"). */
export function numToStr(n: number): string {
  return fmtNum(n);
}

/** tostring without metamethods (lj_strfmt_obj): what print shows for a plain value. */
export function tostringBasic(v: LuaValue): string {
  switch (typeof v) {
    case "undefined":
      return "nil";
    case "boolean":
      return v ? "true" : "false";
    case "number":
      return fmtNum(v);
    case "string":
      return v;
    default:
      return v.describe();
  }
}
