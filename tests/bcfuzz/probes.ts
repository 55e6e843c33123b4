// Fixed programs at the compiler's edges that random programs reach too rarely: sweeps of
// string constants around the 40-byte listing cut, of constant folding and comparison over
// boundary values, of doubles from random bit patterns, and very large inputs (long chains,
// huge tables and functions, far return fixups). `run.ts --probes` runs them all.
import { Rng } from "./rng.ts";

export interface Probe {
  name: string;
  /** Source text (byte string). */
  src: string;
}

/** Splits statements into functions of at most `per` statements (constant limits). */
function inFunctions(stmts: string[], per = 2000): string {
  let out = "";
  for (let i = 0; i < stmts.length; i += per) {
    out += "do local function f()\n" + stmts.slice(i, i + per).join("") + "end end\n";
  }
  return out;
}

/** Every byte at the end of strings of 38 to 41 bytes: "%c" substitution, then the cut. */
function stringCut(): Probe[] {
  const quoted: string[] = [], long: string[] = [];
  for (let b = 0; b < 256; b++) {
    for (const n of [38, 39, 40, 41]) {
      quoted.push(`g = "${"a".repeat(n)}\\${String(b).padStart(3, "0")}"\n`);
    }
    if (b !== 10 && b !== 13) long.push(`g = [[${"b".repeat(39)}${String.fromCharCode(b)}]]\n`);
  }
  return [
    { name: "string-cut-escaped", src: inFunctions(quoted) },
    { name: "string-cut-raw", src: inFunctions(long) },
  ];
}

// deno-fmt-ignore
const VALUES = [
  "0", "1", "2", "3", "0.5", "1e300", "1e-300", "2^53", "7", "-7", "1.5", "1e16",
  "0x7fffffff", "32767", "32768", "-32768", "-32769", "65536", "1/3", "1e308", "5e-324",
  "(0/0)", "(1/0)", "(-1/0)", "-0", "0.1", "10", "(-1)", "-(0)", "2^63",
];

/** Every arithmetic operator and comparison over pairs of boundary constants. */
function folding(): Probe[] {
  const arith: string[] = [], compare: string[] = [];
  for (const a of VALUES) {
    for (const b of VALUES) {
      for (const op of ["+", "-", "*", "/", "%", "^"]) arith.push(`g = ${a} ${op} ${b}\n`);
      for (const op of ["==", "~=", "<", "<=", ">", ">="]) {
        compare.push(`if ${a} ${op} ${b} then g = 1 end\n`, `g = not (${a} ${op} ${b})\n`);
      }
    }
    arith.push(`g = -${a}\n`, `g = - -${a}\n`, `g = not ${a}\n`);
  }
  return [
    { name: "fold-arith", src: inFunctions(arith) },
    { name: "fold-compare", src: inFunctions(compare) },
  ];
}

/** Doubles from random bit patterns, as hex floats and as 15 and 17 significant digits. */
function doubles(): Probe[] {
  const rng = new Rng(20240601);
  const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
  const stmts: string[] = [];
  for (let i = 0; i < 6000; i++) {
    u32[0] = rng.u32();
    u32[1] = rng.u32() & 0x7fffffff;
    if (rng.chance(0.3)) u32[0] = 0; // Short mantissas.
    const d = f64[0];
    if (!Number.isFinite(d)) continue;
    stmts.push(`g = ${d.toPrecision(17)}\n`, `g = ${d.toPrecision(15)}\n`, `g = ${hexFloat(d)}\n`);
  }
  return [{ name: "doubles", src: inFunctions(stmts, 3000) }];
}

/** C99 %a-style text of a finite non-negative double. */
function hexFloat(d: number): string {
  if (d === 0) return "0x0p0";
  const f64 = new Float64Array([d]), u32 = new Uint32Array(f64.buffer);
  const exp = (u32[1] >>> 20) & 0x7ff;
  const mant = ((BigInt(u32[1] & 0xfffff) << 32n) | BigInt(u32[0])).toString(16).padStart(13, "0");
  return exp === 0 ? `0x0.${mant}p-1022` : `0x1.${mant}p${exp - 1023}`;
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

/** Large inputs and the register, table and jump sizes only they reach. */
function bigInputs(): Probe[] {
  const list = (n: number, item: string) => repeat(n, () => item).join(",");
  return [
    {
      name: "knil-merge",
      src: "do local a = nil end local b, c\ndo local d = nil end ::l:: local e, f\n",
    },
    {
      name: "pow-special",
      src: "g = (-1)^(1/0), (-1)^(-1/0), 1^(0/0), 0^0, (0/0)^0, 0.5^(-1/0)\n",
    },
    { name: "tnew-2046", src: `local a\ng = {${list(2046, "a")}}\n` },
    { name: "tnew-2100", src: `local a\ng = {${list(2100, "a")}}\n` },
    { name: "tsetm-257", src: `local a\ng = {${list(256, "a")}, f()}\n` },
    { name: "tsetm-2100", src: `local a\ng = {${list(2100, "a")}, ...}\n` },
    { name: "tdup-100k", src: `return {${repeat(100000, String).join(",")}}\n` },
    { name: "hash-30k", src: `return {${repeat(30000, (i) => `k${i}=${i}`).join(",")}}\n` },
    {
      name: "elseif-20k",
      src: "local x\nif x == 0 then x = 1\n" +
        repeat(20000, (i) => `elseif x == ${i} then x = ${i}\n`).join("") +
        "end\n",
    },
    { name: "method-chain", src: "return o" + ":m()".repeat(20000) + "\n" },
    { name: "field-chain", src: "return o" + ".f".repeat(20000) + "\n" },
    { name: "add-chain", src: "return 1" + " + a".repeat(50000) + "\n" },
    { name: "and-chain", src: "return a" + " and a".repeat(20000) + "\n" },
    { name: "or-condition", src: "if a" + " or a".repeat(20000) + " then end\n" },
    { name: "strings-70k", src: repeat(70000, (i) => `g = 's${i}'\n`).join("") },
    { name: "numbers-70k", src: repeat(70000, (i) => `g = ${i}.5\n`).join("") },
    {
      name: "gotos-10k",
      src: repeat(10000, (i) => `::l${i}:: if g then goto l${i} end\n`).join(""),
    },
    {
      name: "return-fixup-far",
      src: "local x\nif g then return end\n" + "g = g + 1\n".repeat(23000) +
        "local f = function() return x end\n",
    },
    { name: "lines-1M", src: "\n".repeat(1000000) + "x = = 1\n" },
    { name: "string-5M", src: "return '" + "x".repeat(5000000) + "'\n" },
  ];
}

/** All probes; without `large`, only those that list in about a second. */
export function probes(large = true): Probe[] {
  const all = [...stringCut(), ...folding(), ...doubles(), ...bigInputs()];
  return large ? all : all.filter((p) => p.src.length < 300000 && !/chain|condition/.test(p.name));
}
