// LuaJIT's object serialization format (string.buffer encode/decode).
//
// Every value starts with a tag, a "U124" number: one byte below 0xe0, two bytes
// (0xe0 | high 5 bits, low byte) below 0x1fe0, else 0xff and four little-endian bytes.
// Tags: 0 nil, 1 false, 2 true, 3 NULL, 4/5 light userdata, 6 int32, 7 double,
// 8..13 tables (+1 hash part, +2 array part from index 0, +4 array part from index 1),
// 14 metatable dictionary reference, 15 string dictionary reference, 16/17 int64/uint64
// cdata, 18 complex cdata, and 0x20+n a string of n bytes.
import { hsize2hbits, LuaTable } from "./table.ts";
import { LuaCdata, type LuaValue, typeName } from "./value.ts";

const TAG_NIL = 0x00, TAG_FALSE = 0x01, TAG_TRUE = 0x02, TAG_NULL = 0x03;
const TAG_LIGHTUD32 = 0x04, TAG_LIGHTUD64 = 0x05, TAG_INT = 0x06, TAG_NUM = 0x07;
const TAG_TAB = 0x08, TAG_DICT_MT = 0x0e, TAG_DICT_STR = 0x0f;
const TAG_INT64 = 0x10, TAG_UINT64 = 0x11, TAG_COMPLEX = 0x12, TAG_STR = 0x20;

/** Tags as one-byte strings. */
const TAG_CHAR = Array.from({ length: TAG_STR }, (_, i) => String.fromCharCode(i));

/** Nesting limit of tables, both ways. */
export const SERIALIZE_DEPTH = 100;

export const SERIALIZE_ERRORS = {
  badOptions: "bad options table",
  badEncode: (type: string) => `cannot serialize '${type}'`,
  badDecode: (tag: number) => `cannot deserialize tag 0x${tag.toString(16).padStart(2, "0")}`,
  badDictIndex: (idx: number) => `cannot deserialize dictionary index ${idx}`,
  depth: "too deep to serialize",
  dupKey: "duplicate table key",
  endOfBuffer: "unexpected end of buffer",
  leftOver: "left-over data in buffer",
} as const;

/** Raised for encoding/decoding failures; the library reports it at the caller. */
export class SerializeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SerializeError";
  }
}

/** The dictionaries of a buffer (options `dict` and `metatable`), prepared once. */
export interface SerDicts {
  str: LuaTable | null;
  mt: LuaTable | null;
}

/**
 * Prepares a dictionary table: its array entries 1..#t map back to their 0-based
 * positions, stored in the table's own hash part (first occurrence wins). Entries must
 * be strings (or tables, for metatable dictionaries); false marks an unused slot.
 * LuaJIT stores each position as the raw 64-bit pattern of the value slot, which Lua
 * code sees as the denormal number with that bit pattern (position 1 is 5e-324).
 */
export function prepareDict(dict: LuaTable, tables: boolean): void {
  if (dict.hcap > 0) return; // A hash part means already prepared.
  const len = dict.length();
  if (len === 0) return;
  dict.resize(dict.arr.length, hsize2hbits(len));
  for (let i = 1; i <= len && i < dict.arr.length; i++) {
    const v = dict.arr[i];
    if (tables ? v instanceof LuaTable : typeof v === "string") {
      if (dict.get(v) === undefined) dict.set(v, (i - 1) * 2 ** -1074);
    } else if (v !== false) {
      throw new SerializeError(SERIALIZE_ERRORS.badOptions);
    }
  }
}

/** The position a prepared dictionary holds for a key: the low 32 bits of the value. */
function dictIndex(v: LuaValue): number | undefined {
  if (typeof v !== "number") return undefined;
  f64[0] = v;
  return u32[LITTLE ? 0 : 1];
}

// -- Encoding -------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The 8 little-endian bytes of a double as a byte string (NaN as x64's default NaN). */
function doubleBytes(n: number): string {
  if (n !== n) return "\x00\x00\x00\x00\x00\x00\xf8\xff";
  f64[0] = n;
  let s = "";
  for (let i = 0; i < 8; i++) s += String.fromCharCode(u8[LITTLE ? i : 7 - i]);
  return s;
}

function u32Bytes(v: number): string {
  return String.fromCharCode(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
}

function u64Bytes(v: bigint): string {
  const lo = Number(v & 0xffffffffn), hi = Number((v >> 32n) & 0xffffffffn);
  return u32Bytes(lo) + u32Bytes(hi);
}

/** A U124 number as bytes. */
function u124(v: number): string {
  if (v < 0xe0) return String.fromCharCode(v);
  if (v < 0x1fe0) {
    v -= 0xe0;
    return String.fromCharCode(0xe0 | (v >> 8), v & 0xff);
  }
  return "\xff" + u32Bytes(v);
}

class Encoder {
  out: string[] = [];
  depth = SERIALIZE_DEPTH;
  constructor(readonly dicts: SerDicts) {}

  str(s: string): void {
    this.out.push(u124(TAG_STR + s.length), s);
  }

  put(o: LuaValue): void {
    const out = this.out;
    switch (typeof o) {
      case "string":
        this.str(o);
        return;
      case "number":
        out.push(TAG_CHAR[TAG_NUM], doubleBytes(o));
        return;
      case "undefined":
        out.push(TAG_CHAR[TAG_NIL]);
        return;
      case "boolean":
        out.push(TAG_CHAR[o ? TAG_TRUE : TAG_FALSE]);
        return;
    }
    if (o instanceof LuaTable) return this.table(o);
    if (o instanceof LuaCdata) {
      if (o.kind === "complex") {
        out.push(TAG_CHAR[TAG_COMPLEX], doubleBytes(o.re), doubleBytes(o.im));
      } else {
        out.push(
          TAG_CHAR[o.kind === "int64" ? TAG_INT64 : TAG_UINT64],
          u64Bytes(BigInt.asUintN(64, o.int)),
        );
      }
      return;
    }
    throw new SerializeError(SERIALIZE_ERRORS.badEncode(typeName(o)));
  }

  private table(t: LuaTable): void {
    if (this.depth <= 0) throw new SerializeError(SERIALIZE_ERRORS.depth);
    this.depth--;
    const arr = t.arr;
    let narray = arr.length;
    while (narray > 0 && arr[narray - 1] === undefined) narray--;
    const from = narray > 0 && arr[0] === undefined ? 1 : 0;
    const keys = t.hkeys, vals = t.hvals;
    let nhash = 0;
    if (vals !== null) { for (let i = 0; i < vals.length; i++) if (vals[i] !== undefined) nhash++; }
    const dmt = this.dicts.mt;
    if (dmt !== null && t.mt !== undefined) {
      const idx = dictIndex(dmt.getHash(t.mt));
      if (idx !== undefined) this.out.push(u124(TAG_DICT_MT), u124(idx));
    }
    this.out.push(
      String.fromCharCode(TAG_TAB + (nhash ? 1 : 0) + (narray ? (from ? 4 : 2) : 0)),
    );
    if (narray) this.out.push(u124(narray));
    if (nhash) this.out.push(u124(nhash));
    for (let i = from; i < narray; i++) this.put(arr[i]);
    if (nhash) {
      // LuaJIT writes its hash nodes from the last to the first; where the table keeps
      // LuaJIT's node layout (number and boolean keys) that order is reproduced exactly.
      const dstr = this.dicts.str;
      const nodes = t.nodes;
      const count = nodes !== null ? nodes.size : vals!.length;
      for (let j = count - 1; j >= 0; j--) {
        const i = nodes !== null ? nodes.keyPos(j) : j;
        if (i < 0) continue;
        const v = vals![i];
        if (v === undefined) continue;
        const k = keys![i];
        if (typeof k === "string" && dstr !== null) {
          const idx = dictIndex(dstr.getStr(k));
          if (idx !== undefined) this.out.push(u124(TAG_DICT_STR), u124(idx));
          else this.str(k);
        } else {
          this.put(k);
        }
        this.put(v);
      }
    }
    this.depth++;
  }
}

/** Encodes a value; raises SerializeError for values that cannot be serialized. */
export function encode(o: LuaValue, dicts: SerDicts = { str: null, mt: null }): string {
  const e = new Encoder(dicts);
  e.put(o);
  return e.out.join("");
}

// -- Decoding -------------------------------------------------------------------------

class Decoder {
  depth = SERIALIZE_DEPTH;
  constructor(readonly s: string, public pos: number, readonly dicts: SerDicts) {}

  private eob(): never {
    throw new SerializeError(SERIALIZE_ERRORS.endOfBuffer);
  }

  private u124(): number {
    const s = this.s;
    if (this.pos >= s.length) this.eob();
    const v = s.charCodeAt(this.pos++);
    if (v < 0xe0) return v;
    if (v !== 0xff) {
      if (this.pos >= s.length) this.eob();
      return ((v & 0x1f) << 8) + s.charCodeAt(this.pos++) + 0xe0;
    }
    return this.u32();
  }

  private u32(): number {
    const s = this.s, p = this.pos;
    if (p + 4 > s.length) this.eob();
    this.pos += 4;
    return (s.charCodeAt(p) | (s.charCodeAt(p + 1) << 8) | (s.charCodeAt(p + 2) << 16) |
      (s.charCodeAt(p + 3) << 24)) >>> 0;
  }

  private double(): number {
    const s = this.s, p = this.pos;
    if (p + 8 > s.length) this.eob();
    for (let i = 0; i < 8; i++) u8[LITTLE ? i : 7 - i] = s.charCodeAt(p + i);
    this.pos += 8;
    return f64[0];
  }

  get(): LuaValue {
    const tp = this.u124();
    if (tp >= TAG_STR) {
      const len = tp - TAG_STR;
      if (len > this.s.length - this.pos) this.eob();
      const v = this.s.slice(this.pos, this.pos + len);
      this.pos += len;
      return v;
    }
    if (tp === TAG_INT) return this.u32() | 0;
    if (tp === TAG_NUM) return this.double();
    if (tp <= TAG_TRUE) return tp === TAG_NIL ? undefined : tp === TAG_TRUE;
    if (tp === TAG_DICT_STR) {
      const idx = this.u124() + 1;
      const d = this.dicts.str;
      const v = d !== null && idx < d.arr.length ? d.arr[idx] : undefined;
      if (typeof v !== "string") {
        throw new SerializeError(SERIALIZE_ERRORS.badDictIndex(idx | 0));
      }
      return v;
    }
    if (tp >= TAG_TAB && tp <= TAG_DICT_MT) return this.table(tp);
    if (tp >= TAG_INT64 && tp <= TAG_COMPLEX) {
      // 64-bit and complex cdata decode only with the FFI loaded, which never is here.
      if (this.pos + (tp === TAG_COMPLEX ? 16 : 8) > this.s.length) this.eob();
      throw new SerializeError(SERIALIZE_ERRORS.badDecode(tp));
    }
    if (tp === TAG_NULL || tp === TAG_LIGHTUD32 || tp === TAG_LIGHTUD64) {
      // Light userdata do not exist here; their payload is consumed and rejected.
      if (tp === TAG_LIGHTUD32) this.u32();
      else if (tp === TAG_LIGHTUD64) this.double();
    }
    throw new SerializeError(SERIALIZE_ERRORS.badDecode(tp));
  }

  private table(tp: number): LuaTable {
    if (this.depth <= 0) throw new SerializeError(SERIALIZE_ERRORS.depth);
    this.depth--;
    let mt: LuaTable | undefined;
    if (tp === TAG_DICT_MT) {
      const idx = this.u124() + 1;
      const d = this.dicts.mt;
      const v = d !== null && idx < d.arr.length ? d.arr[idx] : undefined;
      if (!(v instanceof LuaTable)) {
        throw new SerializeError(SERIALIZE_ERRORS.badDictIndex(idx | 0));
      }
      mt = v;
      tp = this.u124();
      if (!(tp >= TAG_TAB && tp < TAG_DICT_MT)) {
        throw new SerializeError(SERIALIZE_ERRORS.badDecode(tp));
      }
    }
    const narray = tp >= TAG_TAB + 2 ? this.u124() : 0;
    const nhash = tp & 1 ? this.u124() : 0;
    const t = new LuaTable(narray, hsize2hbits(nhash));
    t.mt = mt;
    for (let i = tp >= TAG_TAB + 4 ? 1 : 0; i < narray; i++) t.arr[i] = this.get();
    for (let n = nhash; n > 0; n--) {
      const k = this.get();
      if (k === undefined || k !== k) t.set(k, undefined); // Raises the table's own error.
      if (t.get(k) !== undefined) throw new SerializeError(SERIALIZE_ERRORS.dupKey);
      const v = this.get();
      t.set(k, v);
    }
    this.depth++;
    return t;
  }
}

/** Decodes one value from `s` at `pos`; returns it and the position after it. */
export function decodeAt(
  s: string,
  pos: number,
  dicts: SerDicts = { str: null, mt: null },
): [LuaValue, number] {
  const d = new Decoder(s, pos, dicts);
  const v = d.get();
  return [v, d.pos];
}

/** buffer.decode: exactly one value, no bytes left over. */
export function decode(s: string): LuaValue {
  const [v, pos] = decodeAt(s, 0);
  if (pos !== s.length) throw new SerializeError(SERIALIZE_ERRORS.leftOver);
  return v;
}
