// Literal tokens for the program generator: numbers in every notation the lexer accepts
// (decimal, hex, hex floats, exponents, cdata suffixes), quoted strings with every escape,
// and long brackets. Texts are byte strings (one char per byte, 0..255).
import type { Rng } from "./rng.ts";

/** Numbers at the compiler's boundaries: KSHORT range, int32, 2^52/2^53, double limits. */
const BOUNDARY_NUMBERS = [
  "0",
  "1",
  "2",
  "3",
  "7",
  "10",
  "100",
  "255",
  "256",
  "32767",
  "32768",
  "65535",
  "65536",
  "2147483647",
  "2147483648",
  "4294967295",
  "4294967296",
  "4503599627370496",
  "4503599627370497",
  "9007199254740992",
  "9007199254740993",
  "9223372036854775807",
  "9223372036854775808",
  "18446744073709551615",
  "18446744073709551616",
  "1e15",
  "1e16",
  "1e100",
  "1e308",
  "1.7976931348623157e308",
  "1e309",
  "2e308",
  "1e-300",
  "2.2250738585072014e-308",
  "4.9e-324",
  "5e-324",
  "2.4e-324",
  "1e-400",
  "0.1",
  "0.5",
  "1.5",
  "2.5",
  "-0",
  "0.0",
  "0e0",
  "0e-10",
  ".5",
  "5.",
  "3.14159265358979",
  "123.456e7",
  "1E5",
  "1e+5",
  "1e-5",
  "00",
  "007",
  "0x0",
  "0x10",
  "0xff",
  "0XAbC",
  "0x7fff",
  "0x8000",
  "0x7fffffff",
  "0x80000000",
  "0xffffffff",
  "0x100000000",
  "0xfffffffffffff",
  "0x1fffffffffffff",
  "0x20000000000000",
  "0xffffffffffffffff",
  "0x10000000000000000",
  "0x1p4",
  "0x1P-1",
  "0x1.8p1",
  "0x.8p-1",
  "0xA.Bp+3",
  "0x1p-1074",
  "0x1p-1075",
  "0x1p1023",
  "0x1p1024",
  "0x.1",
  "0x1.",
  "0x1.fffffffffffff",
  "0x1.fffffffffffffp1023",
  "1LL",
  "0LL",
  "-1LL",
  "1ULL",
  "1ll",
  "1ull",
  "1uLL",
  "1Ull",
  "0x10LL",
  "0xffffffffffffffffULL",
  "0x7fffffffffffffffLL",
  "9223372036854775807LL",
  "18446744073709551615ULL",
  "12i",
  "1.5i",
  "0i",
  "1e3i",
  "0x10i",
  "2I",
];

/** Spellings of one value: the compiler must give them one constant slot. */
const SPELLINGS = [
  ["0.5", "5e-1", ".5", "0x.8", "0x1p-1", "0.50000", "50E-2", "0X0.8P0"],
  ["1", "1.0", "1e0", "0x1", "0x1p0", "10e-1", "0.1e1", "001", "1.", "0x.1p4"],
  ["32767", "32767.0", "0x7fff", "3.2767e4", "32767.00000000000001", "32766.999999999999999"],
  ["32768", "0x8000", "3.2768e4", "0x1p15", "32767.9999999999999999"],
  ["65536", "0x10000", "0x1p16", "6.5536e4"],
  ["0.1", "0.10000000000000001", "0.1000000000000000055511151231257827", "1e-1", ".1"],
  ["9007199254740992", "9007199254740993", "0x20000000000000", "9.007199254740992e15"],
  ["1e309", "2e308", "0x1p1024", "1e99999", "1.7976931348623159e308"],
  ["0e5", "0x0p9", "1e-99999", "0x1p-99999", "0.0", "2.4703282292062327e-324"],
  ["5e-324", "4.9406564584124654e-324", "0x1p-1074", "0x0.0000000000001p-1022", "3e-324"],
  ["2.2250738585072011e-308", "2.2250738585072012e-308", "0x1p-1022", "0x0.fffffffffffffp-1022"],
  [
    "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203126",
    "1.0000000000000002",
    "0x1.00000000000008p0",
    "0x1.00000000000018p0",
    "0x1.000000000000081p0",
  ],
  ["123456789012345678901234567890", "1.2345678901234568e29", "00000000000000000123.5e0"],
];

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** Exact decimal text of m * 2^e. */
function exactDecimal(m: bigint, e: number): string {
  if (e >= 0) return (m << BigInt(e)).toString();
  const digits = (m * 5n ** BigInt(-e)).toString().padStart(-e + 1, "0");
  return `${digits.slice(0, digits.length + e)}.${digits.slice(digits.length + e)}`;
}

/**
 * A literal at or next to the midpoint between two adjacent doubles, in decimal or hex:
 * the cases where a number scanner must round exactly (ties to even).
 */
function roundingCase(rng: Rng): string {
  const exp = rng.pick([1023, 1075, 1023 + 52, 1, 0, 2046, rng.range(0, 2046)]);
  u64[0] = (BigInt(exp) << 52n) | (BigInt(rng.u32() & 0xfffff) << 32n) | BigInt(rng.u32());
  if (rng.chance(0.3)) u64[0] &= ~0xffffffffn; // Short mantissas: ties to even matter.
  const bits = u64[0];
  const frac = bits & 0xfffffffffffffn;
  const m = exp === 0 ? frac : frac | (1n << 52n);
  const e = (exp === 0 ? 1 : exp) - 1075;
  const m2 = 2n * m + 1n, e2 = e - 1; // The midpoint to the next double up.
  if (rng.chance(0.3)) {
    // Hex: the midpoint itself, or a sixteenth of an ulp above or below it.
    const [mh, eh] = rng.pick([[m2, e2], [m2 * 16n + 1n, e2 - 4], [m2 * 16n - 1n, e2 - 4]]);
    const hex = mh.toString(16);
    const k = rng.int(hex.length); // Hex digits after the point.
    const mant = k ? `${hex.slice(0, hex.length - k)}.${hex.slice(hex.length - k)}` : hex;
    return `0x${mant}p${eh + 4 * k}`;
  }
  let text = exactDecimal(m2, e2);
  if (text.length > 400) text = text.slice(0, 400);
  switch (rng.int(4)) {
    case 0:
      return text;
    case 1: // Just above the midpoint.
      return text.includes(".") ? text + "0001" : text + ".0001";
    case 2: // Just below (truncated).
      return text.slice(0, Math.max(1, text.length - rng.range(1, 5))).replace(/\.$/, "");
    default: { // Scientific notation.
      const [ip, fp = ""] = text.split(".");
      const all = (ip + fp).replace(/^0+/, "");
      const lead = (ip + fp).length - all.length;
      const ex = ip.length - lead - 1;
      return all ? `${all[0]}.${all.slice(1) || "0"}e${ex}` : "0";
    }
  }
}

/** A number literal's source text; a leading "-" (for -0) is a separate unary minus. */
export function numberText(rng: Rng): string {
  switch (rng.int(11)) {
    case 8:
      return rng.pick(rng.pick(SPELLINGS));
    case 9:
      return roundingCase(rng);
    case 0:
    case 1:
    case 2: {
      const t = rng.pick(BOUNDARY_NUMBERS);
      return t.startsWith("-") ? t.slice(1) : t;
    }
    case 3:
      return String(rng.int(rng.pick([10, 300, 40000, 70000])));
    case 4: {
      const bits = rng.range(1, 64);
      let v = 0n;
      for (let i = 0; i < bits; i++) v = (v << 1n) | BigInt(rng.int(2));
      const hex = rng.chance(0.4);
      let s = hex ? "0x" + v.toString(16) : v.toString();
      if (hex && rng.chance(0.3)) s = s.toUpperCase().replace("0X", rng.pick(["0x", "0X"]));
      if (rng.chance(0.08)) s += rng.pick(["LL", "ULL", "i"]);
      return s;
    }
    case 5: {
      // A decimal float with random digits and exponent: exercises "%.14g" in listings.
      let s = digits(rng, rng.range(1, 6));
      if (rng.chance(0.8)) s += "." + digits(rng, rng.range(0, 18));
      if (rng.chance(0.4)) s += rng.pick(["e", "E"]) + rng.pick(["", "+", "-"]) + rng.range(0, 320);
      return s;
    }
    case 6: {
      let s = "0x" + hexDigits(rng, rng.range(0, 5));
      if (s === "0x" || rng.chance(0.6)) s += "." + hexDigits(rng, rng.range(1, 14));
      return s + rng.pick(["p", "P"]) + rng.pick(["", "+", "-"]) + rng.range(0, 1100);
    }
    default:
      return String(rng.range(0, 20));
  }
}

function digits(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

function hexDigits(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += rng.pick([..."0123456789abcdefABCDEF"]);
  return s;
}

/** Escapes valid in quoted strings (\z and line continuations included). */
const ESCAPES = [
  "\\a",
  "\\b",
  "\\f",
  "\\n",
  "\\r",
  "\\t",
  "\\v",
  "\\\\",
  '\\"',
  "\\'",
  "\\\n",
  "\\\r\n",
  "\\\n\r",
  "\\\r",
  "\\z",
  "\\z   \n\t  ",
  "\\x41",
  "\\xfF",
  "\\x00",
  "\\x7f",
  "\\x80",
  "\\0",
  "\\00",
  "\\000",
  "\\255",
  "\\9",
  "\\12a",
  "\\0012",
  "\\127",
  "\\u{41}",
  "\\u{0}",
  "\\u{7F}",
  "\\u{80}",
  "\\u{7FF}",
  "\\u{800}",
  "\\u{FFFF}",
  "\\u{10000}",
  "\\u{10FFFF}",
  "\\u{0000041}",
  "\\u{e9}",
];

const WORDS = ["x", "hello", "a b", "%d", "%s %q", "[[", "]]", "--", "\\\\", "é", "日本"];

/** A quoted string token. */
export function quotedString(rng: Rng): string {
  const q = rng.chance(0.6) ? '"' : "'";
  let body = "";
  const n = rng.chance(0.1) ? rng.range(30, 120) : rng.range(0, 6);
  for (let i = 0; i < n; i++) {
    switch (rng.int(6)) {
      case 0:
        body += rng.pick(ESCAPES);
        break;
      case 1: {
        // A raw byte: control characters and bytes >= 0x80 (not the quote, \ or newlines).
        let b = rng.chance(0.5) ? rng.int(32) : rng.range(127, 255);
        if (b === 10 || b === 13) b = 9;
        body += String.fromCharCode(b);
        break;
      }
      case 2:
        body += q === '"' ? "'" : '"';
        break;
      default: {
        const w = rng.pick(WORDS);
        body += utf8Bytes(w);
      }
    }
  }
  return q + body + q;
}

/** A long-bracket string, [==[ ... ]==], with content that cannot close it early. */
export function longString(rng: Rng): string {
  const level = rng.chance(0.6) ? 0 : rng.range(1, 4);
  const eq = "=".repeat(level);
  let body = rng.pick(["", "\n", "\r\n", "\n\r", "\r", "\n\n"]);
  const n = rng.range(0, 8);
  for (let i = 0; i < n; i++) {
    body += rng.pick([
      "text",
      " ",
      "\n",
      "\r\n",
      "\r",
      "\t",
      "\\n",
      "]",
      "[",
      "[[",
      "]=",
      level > 0 ? "]]" : "=]",
      "\x00",
      "\x01",
      "\x7f",
      "\xff",
      "\"'",
      "a".repeat(50),
    ]);
  }
  // Break any early closing bracket (also one formed with the final bracket).
  const close = `]${eq}]`;
  for (
    let at = (body + close).indexOf(close);
    at < body.length;
    at = (body + close).indexOf(close)
  ) {
    body = body.slice(0, at + 1) + " " + body.slice(at + 1);
  }
  return `[${eq}[${body}${close}`;
}

/** A string token of any kind. */
export function stringText(rng: Rng): string {
  return rng.chance(0.8) ? quotedString(rng) : longString(rng);
}

/** UTF-8 bytes of a JS string, as a byte string. */
export function utf8Bytes(s: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(s)) out += String.fromCharCode(b);
  return out;
}
