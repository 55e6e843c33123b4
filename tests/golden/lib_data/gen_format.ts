// Generates format.json: string.format cases (format string and arguments, chosen here)
// with luajit's results.   deno run -A tests/golden/lib_data/gen_format.ts
import { EmitReader, LUA_EMIT, type LuaVal, luaVal, makeRng, runLuajit, toJ } from "./oracle.ts";

const rng = makeRng(20240611);
const pick = <T>(a: T[]): T => a[Math.floor(rng() * a.length)];

const NUMBERS: number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  2.5,
  0.25,
  0.125,
  0.375,
  1 / 3,
  2 / 3,
  -2 / 3,
  0.1,
  0.05,
  0.015,
  9.9999,
  99.5,
  999999.5,
  9999995,
  0.000123456,
  1e-5,
  1e-4,
  123456789,
  1234567.891,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  2 ** 65,
  -(2 ** 64),
  255,
  3.7,
  -3.7,
  1e15,
  1e16,
  1e17,
  1e21,
  1e22,
  1e100,
  1e300,
  -1e300,
  1.7976931348623157e308,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  2.225073858507201e-308,
  123.456,
  -123.456,
  1e-300,
  4.35,
  0.045,
  1.005,
  2.675,
  1e-7,
  0.00001234,
  65535.99,
  1.999999,
  15.9375,
  0.9999999999,
  99999999999999.9,
  Infinity,
  -Infinity,
  NaN,
];
// Random doubles of every magnitude.
for (let i = 0; i < 40; i++) {
  const m = rng() * 2 - 1;
  NUMBERS.push(m * 10 ** Math.floor(rng() * 40 - 20));
}
for (let i = 0; i < 10; i++) NUMBERS.push(m52() * 2 ** Math.floor(rng() * 2000 - 1000));
function m52(): number {
  return 1 + Math.floor(rng() * 2 ** 26) / 2 ** 26 + Math.floor(rng() * 2 ** 26) / 2 ** 52;
}

const FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "+ ", "#0", "-#", "+#0", " 0"];
const WIDTHS = ["", "1", "5", "12", "30", "99"];
const PRECS = ["", ".", ".0", ".1", ".3", ".6", ".13", ".14", ".17", ".20", ".50", ".99"];
const FLOAT_CONV = ["e", "E", "f", "F", "g", "G", "a", "A"];
const INT_CONV = ["d", "i", "u", "o", "x", "X"];

type Case = [string, ...LuaVal[]];
const cases: Case[] = [];

// Every float conversion with every precision on every number.
for (const conv of FLOAT_CONV) {
  for (const x of NUMBERS) {
    for (const p of ["", ".0", ".1", ".3", ".14", ".17", ".20", ".99"]) {
      if (p === ".99" && conv !== "f" && conv !== "e" && conv !== "a") continue;
      cases.push([`%${p}${conv}`, x]);
    }
  }
}
// Flags and widths, sampled.
for (let i = 0; i < 2500; i++) {
  const conv = pick([...FLOAT_CONV, ...INT_CONV]);
  cases.push([`%${pick(FLAGS)}${pick(WIDTHS)}${pick(PRECS)}${conv}`, pick(NUMBERS)]);
}
for (const conv of INT_CONV) {
  for (const x of NUMBERS) cases.push([`%${conv}`, x]);
}
// Strings, characters, quoting.
const STRINGS = [
  "",
  "a",
  "hello",
  "hello world",
  "a\0b",
  "\0",
  "tab\there",
  "q\"uo'te",
  "back\\slash",
  "new\nline",
  "\r\n",
  "\x01\x02\x7f\x80\xff",
  "\x0012",
  "\n1",
  "9\x009",
  "\x1f0",
  "\x7f9",
  "x".repeat(120),
];
for (const s of STRINGS) {
  for (
    const f of [
      "%s",
      "%q",
      "%5s",
      "%-5s",
      "%.2s",
      "%5.2s",
      "%-10.3s",
      "%.0s",
      "%99s",
      "%.99s",
      "%-20s|",
    ]
  ) cases.push([f, s]);
}
for (const c of [0, 65, 97, 255, 256, 321, -1, 65.7, 10]) {
  for (const f of ["%c", "%5c", "%-5c", "%05c", "%.3c"]) cases.push([f, c]);
}
for (const x of [1, -0, 1 / 3, 1e100, NaN, Infinity, 2 ** 53]) cases.push(["%q", x]);
// Argument handling and errors.
cases.push(
  ["%d"],
  ["%d %d", 1],
  ["%s"],
  ["%d", "x"],
  ["%d", "0x10"],
  ["%d", " 12 "],
  ["%f", "1e2"],
  ["%c", "65"],
  ["%x", true],
  ["%s %s", null, false],
  ["%s", true],
  ["%5s", null],
  ["%y", 1],
  ["%10.3y", 1],
  ["%100d", 1],
  ["%1.100f", 1],
  ["%", 1],
  ["%\n", 1],
  ["abc%", 1],
  ["%-", 1],
  ["%#", 1],
  ["%.", 1],
  ["%5.", 1],
  ["%5.f", 3.14159],
  ["%.f", 2.5],
  ["%l", 1],
  ["%ld", 1],
  ["%n", 1],
  ["%b", 1],
  ["%S", "x"],
  ["%D", 1],
  ["%C", 65],
  ["%%"],
  ["%%%d%%", 5],
  ["100%% sure"],
  ["a%%b%%c"],
  ["", 1],
  ["plain text"],
  ["%d%s%q", 1, "two", "3"],
  ["%s", "\0\0"],
  ["x\0y%dz", 5],
  ["%5%"],
  ["%-5%"],
  ["%.3%"],
  ["%!", 1],
  ["%$", 1],
  ["%*d", 5, 1],
  ["% 5d", -3],
  ["%+.0d", 0],
  ["%.0d", 0],
  ["%#.0o", 0],
  ["%#o", 0],
  ["%#x", 0],
  ["%#5x", 255],
  ["%#05x", 255],
  ["%-#8o", 8],
  ["%08.3d", 7],
  ["%-08d", 7],
  ["%+05d", 7],
  ["% 05d", 7],
  ["%+ d", 7],
  ["%+u", 7],
  ["% x", 7],
  ["%+x", 7],
);
// Several conversions in one format.
for (let i = 0; i < 200; i++) {
  const n = 1 + Math.floor(rng() * 4);
  let fmt = "";
  const args: LuaVal[] = [];
  for (let k = 0; k < n; k++) {
    const conv = pick([...FLOAT_CONV, ...INT_CONV, "s", "q", "c"]);
    fmt += pick(["", "<", " ", "x=", "%%"]) + `%${pick(FLAGS)}${pick(WIDTHS)}`;
    if (conv !== "c" && conv !== "q") fmt += pick(PRECS);
    fmt += conv;
    if (conv === "s" || conv === "q") args.push(pick(STRINGS));
    else if (conv === "c") args.push(pick([65, 0, 10, 200]));
    else args.push(pick(NUMBERS));
  }
  cases.push([fmt, ...args]);
}

let src = LUA_EMIT + "local function case(n, ...)\n" +
  "  local ok, r = pcall(string.format, ...)\n" +
  "  emit(ok); emit(r); io.write('\\n')\nend\n";
// Chunks of cases per function keep each function within the bytecode limits.
for (let i = 0; i < cases.length; i += 400) {
  src += "do\n";
  for (const c of cases.slice(i, i + 400)) {
    src += `case(${c.length}, ${c.map(luaVal).join(", ")})\n`;
  }
  src += "end\n";
}
const out = new EmitReader(await runLuajit(src));
const data = cases.map((c) => {
  const ok = out.next();
  const r = out.next();
  out.newline();
  return { args: c.map(toJ), ok, out: toJ(r) };
});
if (!out.done()) throw new Error("trailing oracle output");
const path = new URL("./format.json", import.meta.url);
await Deno.writeTextFile(path, JSON.stringify(data, null, 0).replaceAll("},{", "},\n{") + "\n");
console.log(`format.json: ${data.length} cases`);
