// Generates math.json: math and bit library calls (arguments chosen here) with luajit's
// results, and math.random sequences for several seeds.
//   deno run -A tests/golden/lib_data/gen_math.ts
import { EmitReader, LUA_EMIT, type LuaVal, luaVal, makeRng, runLuajit, toJ } from "./oracle.ts";

const rng = makeRng(4242);
const VALUES: number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  -1.5,
  2.5,
  -2.5,
  3.7,
  -3.7,
  2,
  10,
  100,
  1e-300,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  1e300,
  1.7976931348623157e308,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 32,
  2 ** 32 + 1,
  -(2 ** 32) - 1,
  2 ** 52,
  2 ** 53,
  2 ** 63,
  2 ** 64,
  4294967295.5,
  0.1,
  1 / 3,
  Math.PI,
  Math.E,
  255,
  256,
  65535,
  0x12345678,
  -0x12345678,
  0x87654321,
  1e10,
  -1e10,
  2 ** 51 + 0.5,
  2 ** 51 + 1.5,
  -(2 ** 51) - 0.5,
  1023,
  1024,
  -1074,
  -1075,
  -1022,
  1e15 + 0.3,
  Infinity,
  -Infinity,
  NaN,
];
for (let i = 0; i < 30; i++) VALUES.push((rng() * 2 - 1) * 10 ** Math.floor(rng() * 20 - 5));
const pick = () => VALUES[Math.floor(rng() * VALUES.length)];

type Case = [string, ...LuaVal[]];
const cases: Case[] = [];
const UNARY = [
  "abs",
  "floor",
  "ceil",
  "sqrt",
  "frexp",
  "modf",
  "fmod1",
  "deg",
  "rad",
  "bit.tobit",
  "bit.bnot",
  "bit.bswap",
  "bit.tohex",
];
const BINARY = [
  "fmod",
  "ldexp",
  "log",
  "min",
  "max",
  "bit.band",
  "bit.bor",
  "bit.bxor",
  "bit.lshift",
  "bit.rshift",
  "bit.arshift",
  "bit.rol",
  "bit.ror",
  "bit.tohex",
];
for (const f of UNARY) for (const x of VALUES) cases.push([f, x]);
for (const f of BINARY) {
  for (let i = 0; i < 120; i++) cases.push([f, pick(), pick()]);
}
for (const x of VALUES) {
  cases.push(["ldexp", x, pick()], ["ldexp", 1, x], ["ldexp", 0.75, x - 1000]);
  cases.push(["log", x, 2], ["log", x, 10], ["log", 8, x], ["fmod", x, 3], ["fmod", 7, x]);
}
for (const e of [-1022, -1023, -1050, -1074, -1075, -1076, 1023, 1024, -2000, 2000]) {
  for (const x of [1, 1.5, 1.75, 0.75, 3, -1.25, 5e-324, 2 ** -1030 * 3]) {
    cases.push(["ldexp", x, e]);
  }
}
for (
  const n of [
    -20,
    -16,
    -9,
    -8,
    -7,
    -1,
    0,
    1,
    2,
    7,
    8,
    9,
    15,
    16,
    17,
    100,
    254,
    255,
    256,
    257,
    -255,
    -256,
    2 ** 31,
    -(2 ** 31),
    2.5,
  ]
) {
  cases.push(["bit.tohex", 0x1234abcd, n], ["bit.tohex", -1, n], ["bit.tohex", 0, n]);
}
for (const sh of [0, 1, 31, 32, 33, -1, 63, 64, 2.5, 1e10]) {
  for (const f of ["bit.lshift", "bit.rshift", "bit.arshift", "bit.rol", "bit.ror"]) {
    cases.push([f, 0x80000001, sh]);
  }
}
cases.push(
  ["bit.band"],
  ["bit.band", 1, 3, 7, 15],
  ["bit.bor", 1, 2, 4, 8, 16],
  ["bit.bxor", 1, 3, 7],
  ["bit.band", "0x10", "15"],
  ["bit.bor", 1, "x"],
  ["bit.tobit", "3.5"],
  ["bit.tobit", {} as never],
  ["bit.tohex", "255"],
  ["bit.lshift", 1],
  ["min", 1, 2, 0, 3],
  ["max", 1, 5, 2],
  ["min", NaN, 1],
  ["min", 1, NaN],
  ["max", NaN, 1],
  ["max", 1, NaN],
  ["min", 0, -0],
  ["min", -0, 0],
  ["max", 0, -0],
  ["max", -0, 0],
  ["min"],
  ["max", "3", 2],
  ["min", 1, "x"],
  ["abs", "-3"],
  ["floor", "2.5"],
  ["floor", "x"],
  ["sqrt", -1],
  ["log", 0],
  ["log", -1],
  ["log", 1, 1],
  ["log", 0, 0],
  ["fmod", 1, 0],
  ["fmod", Infinity, 1],
  ["fmod", 5.5, Infinity],
  ["log10", 1000],
  ["exp", 1],
  ["pow", 2, 0.5],
  ["pow", -8, 1 / 3],
  ["atan2", 1, -1],
  ["atan2", -0, -1],
  ["sin", 1],
  ["cos", 1],
  ["tan", 1],
  ["asin", 0.5],
  ["acos", 0.5],
  ["atan", 1],
  ["sinh", 1],
  ["cosh", 1],
  ["tanh", 0.5],
  ["log", 100],
  ["exp", 710],
  ["pow", 10, 308],
  ["frexp", "8"],
);
// {} is not a value this generator can write; the Lua side maps "tbl" to a table.
for (const c of cases) {
  for (let i = 1; i < c.length; i++) if (typeof c[i] === "object" && c[i] !== null) c[i] = "tbl";
}

const LUA = LUA_EMIT + `
local function pk(...) return { n = select("#", ...), ... } end
local function case(f, ...)
  local args = pk(...)
  for i = 1, args.n do if args[i] == "tbl" then args[i] = {} end end
  local fn
  if f == "fmod1" then fn = function(x) return math.fmod(x) end
  elseif f:sub(1, 4) == "bit." then fn = bit[f:sub(5)]
  else fn = math[f] end
  local r = pk(pcall(fn, unpack(args, 1, args.n)))
  io.write(r.n, " ")
  for i = 1, r.n do emit(r[i]) end
  io.write("\\n")
end
local function seq(seed)
  if seed then math.randomseed(seed) end
  local r = {}
  for i = 1, 4 do r[#r + 1] = math.random() end
  r[#r + 1] = math.random(10); r[#r + 1] = math.random(-5, 5); r[#r + 1] = math.random(1e9)
  r[#r + 1] = math.random(0); r[#r + 1] = math.random(3.5); r[#r + 1] = math.random(2^40, 2^41)
  r[#r + 1] = math.random(5, 1); r[#r + 1] = math.random(-2.5, 2.5)
  io.write(#r, " ")
  for i = 1, #r do emit(r[i]) end
  io.write("\\n")
end
`;
const SEEDS: LuaVal[] = [
  null,
  0,
  1,
  42,
  -1,
  0.5,
  123456789,
  2 ** 40,
  1e300,
  -0,
  NaN,
  Infinity,
  "17",
];
let src = LUA;
for (const s of SEEDS) src += `seq(${luaVal(s)})\n`;
for (let i = 0; i < cases.length; i += 400) {
  src += "do\n";
  for (const c of cases.slice(i, i + 400)) src += `case(${c.map(luaVal).join(", ")})\n`;
  src += "end\n";
}
const out = new EmitReader(await runLuajit(src));
const record = (): LuaVal[] => {
  const sp = out.text.indexOf(" ", out.pos);
  const n = Number(out.text.slice(out.pos, sp));
  out.pos = sp + 1;
  const res: LuaVal[] = [];
  for (let i = 0; i < n; i++) res.push(out.next());
  out.newline();
  return res;
};
const seeds = SEEDS.map((s) => ({ seed: toJ(s), out: record().map(toJ) }));
const calls = cases.map((c) => ({ args: c.map(toJ), out: record().map(toJ) }));
if (!out.done()) throw new Error("trailing oracle output");
await Deno.writeTextFile(
  new URL("./math.json", import.meta.url),
  JSON.stringify({ seeds, calls }).replaceAll("},{", "},\n{") + "\n",
);
console.log(`math.json: ${seeds.length} seeds, ${calls.length} calls`);
