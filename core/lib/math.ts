// The math library (lib_math.c). Functions of libm come from JS's Math where they agree
// with glibc; frexp/modf/ldexp/log-with-base and min/max follow LuaJIT's x64 code
// (core/lib/math_ops.ts); random uses LuaJIT's generator (core/prng.ts). math.deg and
// math.rad are Lua functions (core/lib/libbc.ts).
import type { NativeFn } from "../func.ts";
import type { LuaState } from "../state.ts";
import { checkNumber, registerLib } from "../lib.ts";
import { luaPow } from "../meta.ts";
import { PRNG } from "../prng.ts";
import { frexp, ldexp, logBase, maxStep, minStep, modf, randomRange } from "./math_ops.ts";
import { libClosure } from "./libbc.ts";

/** A function of one number. */
function unary(f: (x: number) => number): NativeFn {
  return (L, base, nargs) => {
    L.stack[base] = f(checkNumber(L, base, nargs, 1));
    return 1;
  };
}

/** A function of two numbers. */
function binary(f: (x: number, y: number) => number): NativeFn {
  return (L, base, nargs) => {
    const x = checkNumber(L, base, nargs, 1);
    L.stack[base] = f(x, checkNumber(L, base, nargs, 2));
    return 1;
  };
}

/** math.min/max: at least one number, folded left to right. */
function fold(step: (acc: number, v: number) => number): NativeFn {
  return (L, base, nargs) => {
    let acc = checkNumber(L, base, nargs, 1);
    for (let i = 2; i <= nargs; i++) acc = step(acc, checkNumber(L, base, nargs, i));
    L.stack[base] = acc;
    return 1;
  };
}

/** The generator of a state (one per Lua universe, as LuaJIT's upvalue). */
function prngOf(L: LuaState): PRNG {
  let r = L.G.libData.get("math.random") as PRNG | undefined;
  if (!r) {
    r = new PRNG();
    L.G.libData.set("math.random", r);
  }
  return r;
}

const random: NativeFn = (L, base, nargs) => {
  let d = prngOf(L).random();
  if (nargs > 0) {
    const r1 = checkNumber(L, base, nargs, 1);
    d = nargs === 1 ? randomRange(d, r1) : randomRange(d, r1, checkNumber(L, base, nargs, 2));
  }
  L.stack[base] = d;
  return 1;
};

const randomseed: NativeFn = (L, base, nargs) => {
  prngOf(L).seed(checkNumber(L, base, nargs, 1));
  return 0;
};

const frexpFn: NativeFn = (L, base, nargs) => {
  const [m, e] = frexp(checkNumber(L, base, nargs, 1));
  L.stack[base] = m;
  L.stack[base + 1] = e;
  return 2;
};

const modfFn: NativeFn = (L, base, nargs) => {
  const [i, f] = modf(checkNumber(L, base, nargs, 1));
  L.stack[base] = i;
  L.stack[base + 1] = f;
  return 2;
};

const log: NativeFn = (L, base, nargs) => {
  const x = checkNumber(L, base, nargs, 1);
  L.stack[base] = nargs >= 2 ? logBase(x, checkNumber(L, base, nargs, 2)) : Math.log(x);
  return 1;
};

export function open(L: LuaState): void {
  const t = registerLib(L, "math", {
    abs: unary(Math.abs),
    floor: unary(Math.floor),
    ceil: unary(Math.ceil),
    sqrt: unary(Math.sqrt),
    log10: unary(Math.log10),
    exp: unary(Math.exp),
    sin: unary(Math.sin),
    cos: unary(Math.cos),
    tan: unary(Math.tan),
    asin: unary(Math.asin),
    acos: unary(Math.acos),
    atan: unary(Math.atan),
    sinh: unary(Math.sinh),
    cosh: unary(Math.cosh),
    tanh: unary(Math.tanh),
    frexp: frexpFn,
    modf: modfFn,
    log,
    atan2: binary(Math.atan2),
    pow: binary(luaPow),
    fmod: binary((x, y) => x % y),
    ldexp: binary(ldexp),
    min: fold(minStep),
    max: fold(maxStep),
    random,
    randomseed,
  });
  t.setStr("deg", libClosure(L, "math.deg"));
  t.setStr("rad", libClosure(L, "math.rad"));
  t.setStr("pi", Math.PI);
  t.setStr("huge", Infinity);
}
