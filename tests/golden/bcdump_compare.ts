// Comparing ljts's bytecode dumps with luajit's. They must be the same bytes, with one
// exception: luajit places string keys of template tables by string ids drawn from a
// randomly seeded counter, so the order of hash entries of a template with string keys
// varies from run to run. For dumps holding such a template the comparison accepts any
// order of those entries: same size, same entries, everything else identical.
import { readBytecode } from "../../formats/bcread.ts";
import { KCdata, Proto, TemplateTable, type TemplateValue } from "../../core/func.ts";
import { bytesToStr } from "../../core/bytes.ts";

function hasStringKeyedTemplate(pt: Proto): boolean {
  return pt.kgc.some((k) =>
    k instanceof Proto
      ? hasStringKeyedTemplate(k)
      : k instanceof TemplateTable && k.hash.some(([key]) => typeof key === "string")
  );
}

function show(v: TemplateValue): string {
  return typeof v === "string" ? JSON.stringify(v) : Object.is(v, -0) ? "-0" : String(v);
}

/** Template entries as a sorted list: the order is luajit's hash layout, not content. */
function entries(t: TemplateTable): string {
  return t.hash.map(([k, v]) => `${show(k)}=${show(v)}`).sort().join(",");
}

/** First structural difference of two proto trees, templates' hash order aside. */
function protoDiff(a: Proto, b: Proto, where: string): string | null {
  const scalar: (keyof Proto)[] = [
    "chunkname",
    "firstline",
    "numline",
    "numparams",
    "framesize",
    "flags",
    "stripped",
  ];
  for (const f of scalar) {
    if (a[f] !== b[f]) return `${where}: ${f} ${String(a[f])} vs ${String(b[f])}`;
  }
  const arrays: [string, ArrayLike<unknown>, ArrayLike<unknown>][] = [
    ["bc", a.bc, b.bc],
    ["lineinfo", a.lineinfo ?? [], b.lineinfo ?? []],
    ["kn", a.kn, b.kn],
    ["uv", a.uv, b.uv],
    ["uvnames", a.uvnames, b.uvnames],
    ["varinfo", a.varinfo.map((v) => JSON.stringify(v)), b.varinfo.map((v) => JSON.stringify(v))],
  ];
  for (const [name, x, y] of arrays) {
    if (x.length !== y.length) return `${where}: ${name} length ${x.length} vs ${y.length}`;
    for (let i = 0; i < x.length; i++) {
      if (!Object.is(x[i], y[i])) return `${where}: ${name}[${i}] ${x[i]} vs ${y[i]}`;
    }
  }
  if (a.kgc.length !== b.kgc.length) return `${where}: ${a.kgc.length} vs ${b.kgc.length} kgc`;
  for (let i = 0; i < a.kgc.length; i++) {
    const x = a.kgc[i], y = b.kgc[i];
    const at = `${where} kgc[${i}]`;
    if (x instanceof Proto && y instanceof Proto) {
      const d = protoDiff(x, y, at);
      if (d) return d;
    } else if (x instanceof TemplateTable && y instanceof TemplateTable) {
      const xa = x.array.map(show).join(","), ya = y.array.map(show).join(",");
      if (xa !== ya) return `${at}: template array {${xa}} vs {${ya}}`;
      if (entries(x) !== entries(y)) return `${at}: template {${entries(x)}} vs {${entries(y)}}`;
    } else if (x instanceof KCdata && y instanceof KCdata) {
      if (
        JSON.stringify([x.kind, String(x.int), x.re, x.im]) !==
          JSON.stringify([y.kind, String(y.int), y.re, y.im])
      ) return `${at}: cdata differs`;
    } else if (x !== y) {
      return `${at}: ${String(x)} vs ${String(y)}`;
    }
  }
  return null;
}

function firstByteDiff(e: Uint8Array, a: Uint8Array): string {
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  return `dump differs at byte ${i} of ${e.length} (got ${a.length} bytes)`;
}

function sameBytes(e: Uint8Array, a: Uint8Array): boolean {
  return e.length === a.length && e.every((b, i) => b === a[i]);
}

/**
 * Compares two dumps by content: the same size and the same functions and constants,
 * template hash entries in any order. Null when they agree, else the first difference.
 */
export function compareDumpContent(expected: Uint8Array, actual: Uint8Array): string | null {
  if (expected.length !== actual.length) return firstByteDiff(expected, actual);
  try {
    return protoDiff(readBytecode(expected, "=dump"), readBytecode(actual, "=dump"), "main");
  } catch (e) {
    return (e as Error).message;
  }
}

/** Compares a dump with luajit's; null when they match, else the first difference. */
export function compareDumps(expected: Uint8Array, actual: Uint8Array): string | null {
  if (sameBytes(expected, actual)) return null;
  let exp: Proto, act: Proto;
  try {
    exp = readBytecode(expected, "=dump");
  } catch (e) {
    return `expected dump unreadable: ${(e as Error).message}`;
  }
  try {
    act = readBytecode(actual, "=dump");
  } catch (e) {
    return `${firstByteDiff(expected, actual)}; unreadable: ${(e as Error).message}`;
  }
  if (!hasStringKeyedTemplate(exp) || expected.length !== actual.length) {
    return firstByteDiff(expected, actual);
  }
  return protoDiff(exp, act, "main");
}

/** The byte array of `luajit -b -t c|h` output, and the text around it. */
function splitCText(text: string): { head: string; bytes: Uint8Array } | null {
  const open = text.indexOf("[] = {\n");
  const close = text.lastIndexOf("\n};\n");
  if (open < 0 || close < 0) return null;
  const nums = text.slice(open + 7, close).split(/,\n?/).map(Number);
  return { head: text.slice(0, open), bytes: Uint8Array.from(nums) };
}

/** Compares C source or header output: same text around the array, same dump in it. */
export function compareCText(expected: Uint8Array, actual: Uint8Array): string | null {
  if (sameBytes(expected, actual)) return null;
  const e = splitCText(bytesToStr(expected)), a = splitCText(bytesToStr(actual));
  if (!e || !a) return "not C text holding a byte array";
  if (e.head !== a.head) return "text before the array differs";
  // Line breaks follow the digits, so they differ where the dump does.
  return compareDumps(e.bytes, a.bytes);
}

/** Compares an ELF64 object: identical up to the dump, which ends the file. */
export function compareElf(expected: Uint8Array, actual: Uint8Array): string | null {
  if (sameBytes(expected, actual)) return null;
  if (expected.length !== actual.length) return firstByteDiff(expected, actual);
  // Section 4 (.rodata) holds the dump; its size is a 64-bit field of its header.
  const size = Number(new DataView(expected.buffer, expected.byteOffset).getBigUint64(
    64 + 4 * 64 + 32,
    true,
  ));
  const start = expected.length - size;
  if (!sameBytes(expected.subarray(0, start), actual.subarray(0, start))) {
    return firstByteDiff(expected, actual);
  }
  return compareDumps(expected.subarray(start), actual.subarray(start));
}

/** A big-endian dump of the same functions: instructions, upvalues and line info swapped. */
export function toBigEndian(d: Uint8Array): Uint8Array {
  const b = d.slice();
  let p = 4;
  const uleb = () => {
    let v = 0, sh = 0, x;
    do {
      x = b[p++];
      v += (x & 0x7f) * 2 ** sh;
      sh += 7;
    } while (x >= 0x80);
    return v;
  };
  const flags = uleb();
  b[4] |= 0x01;
  const strip = (flags & 2) !== 0;
  if (!strip) {
    const namelen = uleb();
    p += namelen;
  }
  while (b[p] !== 0) {
    const len = uleb();
    const end = p + len;
    const nuv = b[p + 3];
    p += 4;
    uleb(), uleb();
    const nbc = uleb();
    let sizedbg = 0, numline = 0;
    if (!strip) {
      sizedbg = uleb();
      if (sizedbg) uleb(), numline = uleb();
    }
    const swap = (at: number, n: number) => b.subarray(at, at + n).reverse();
    for (let i = 0; i < nbc; i++) swap(p + 4 * i, 4);
    for (let i = 0; i < nuv; i++) swap(p + 4 * nbc + 2 * i, 2);
    const w = numline < 256 ? 1 : numline < 65536 ? 2 : 4;
    for (let i = 0; w > 1 && i < nbc; i++) swap(end - sizedbg + w * i, w);
    p = end;
  }
  return b;
}
