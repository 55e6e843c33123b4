// The bit library (lib_bit.c): 32-bit operations on numbers (core/lib/bit_ops.ts).
import type { NativeFn } from "../func.ts";
import type { LuaState } from "../state.ts";
import { registerLib, typeError } from "../lib.ts";
import { strToNumber } from "../meta.ts";
import { arshift, bnot, bswap, lshift, rol, ror, rshift, tobit, tohex } from "./bit_ops.ts";

/** Argument narg normalised to a signed 32-bit integer; numeric strings are accepted. */
function checkBit(L: LuaState, base: number, nargs: number, narg: number): number {
  const v = narg <= nargs ? L.stack[base + narg - 1] : undefined;
  if (typeof v === "number") return tobit(v);
  if (typeof v === "string") {
    const n = strToNumber(v);
    if (n !== undefined) return tobit(n);
  }
  return typeError(L, base, nargs, narg, "number");
}

function unary(f: (x: number) => number): NativeFn {
  return (L, base, nargs) => {
    L.stack[base] = f(checkBit(L, base, nargs, 1));
    return 1;
  };
}

function shift(f: (x: number, n: number) => number): NativeFn {
  return (L, base, nargs) => {
    const x = checkBit(L, base, nargs, 1);
    L.stack[base] = f(x, checkBit(L, base, nargs, 2));
    return 1;
  };
}

/** band/bor/bxor: one or more arguments. */
function nary(f: (x: number, y: number) => number): NativeFn {
  return (L, base, nargs) => {
    let acc = checkBit(L, base, nargs, 1);
    for (let i = 2; i <= nargs; i++) acc = f(acc, checkBit(L, base, nargs, i));
    L.stack[base] = acc;
    return 1;
  };
}

const tohexFn: NativeFn = (L, base, nargs) => {
  const b = checkBit(L, base, nargs, 1);
  L.stack[base] = tohex(b, nargs >= 2 ? checkBit(L, base, nargs, 2) : 8);
  return 1;
};

export function open(L: LuaState): void {
  registerLib(L, "bit", {
    tobit: unary((x) => x),
    bnot: unary(bnot),
    bswap: unary(bswap),
    lshift: shift(lshift),
    rshift: shift(rshift),
    arshift: shift(arshift),
    rol: shift(rol),
    ror: shift(ror),
    band: nary((x, y) => x & y),
    bor: nary((x, y) => x | y),
    bxor: nary((x, y) => x ^ y),
    tohex: tohexFn,
  });
}
