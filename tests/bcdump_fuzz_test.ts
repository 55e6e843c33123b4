// Fuzzing the dump reader with mutants of luajit's own dumps. Every mutant must either
// load (and then list, dump, and load again from that dump) or be refused with LuaJIT's
// loader message; never another exception, never a hang.
//   LJTS_FUZZ_N=1000000 LJTS_FUZZ_SEED=7 deno test -A tests/bcdump_fuzz_test.ts
// runs a longer campaign (default: 100000 mutants, seed 1).
import assert from "node:assert/strict";
import { readBytecode } from "../formats/bcread.ts";
import { BytecodeError } from "../formats/bcdump.ts";
import { writeBytecode } from "../formats/bcwrite.ts";
import { listProto } from "../formats/bclist.ts";

const N = Number(Deno.env.get("LJTS_FUZZ_N") ?? 100000);
const SEED = Number(Deno.env.get("LJTS_FUZZ_SEED") ?? 1);
const GOLDEN = new URL("./golden/", import.meta.url).pathname;
const CHUNK = "@fuzz.raw";
// The loader's own messages, and those of the string and table code it calls.
const MESSAGE =
  /^(fuzz\.raw: cannot load (malformed|incompatible) bytecode|string length overflow|table overflow|table index is (nil|NaN))$/;

/** mulberry32: small, fast and seeded. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** luajit's dumps of the golden programs (stripped and with debug info) and of library code. */
function seeds(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const [dir, ext] of [["bcdump", ".out"], ["bcdump_g", ".out"], ["bcdump_list", ".raw"]]) {
    for (const e of Deno.readDirSync(GOLDEN + dir)) {
      if (e.name.endsWith(ext) && !e.name.startsWith("bad_")) {
        out.push(Deno.readFileSync(`${GOLDEN}${dir}/${e.name}`));
      }
    }
  }
  return out.sort((a, b) => a.length - b.length);
}

/** Offsets of the prototype records (length ULEB128 + body) of a well-formed dump. */
function protoSpans(d: Uint8Array): [number, number][] {
  let p = 5;
  const uleb = () => {
    let v = 0, sh = 0, b;
    do {
      b = d[p++];
      v += (b & 0x7f) * 2 ** sh;
      sh += 7;
    } while (b >= 0x80);
    return v;
  };
  if (!(d[4] & 2)) {
    const namelen = uleb();
    p += namelen;
  }
  const spans: [number, number][] = [];
  while (p < d.length && d[p] !== 0) {
    const start = p;
    const len = uleb();
    p += len;
    spans.push([start, p]);
  }
  return spans;
}

const INTERESTING = [0x00, 0x01, 0x02, 0x7f, 0x80, 0xff, 0xfe, 0x40, 0x3f, 0x08];

type Mutator = (d: Uint8Array, r: () => number) => Uint8Array;

function pick(r: () => number, n: number): number {
  return Math.floor(r() * n);
}

const MUTATORS: [string, Mutator][] = [
  ["bit flip", (d, r) => {
    const m = d.slice();
    if (!m.length) return m;
    for (let k = 1 + pick(r, 3); k > 0; k--) m[pick(r, m.length)] ^= 1 << pick(r, 8);
    return m;
  }],
  ["byte", (d, r) => {
    const m = d.slice();
    if (!m.length) return m;
    m[pick(r, m.length)] = r() < 0.5 ? INTERESTING[pick(r, INTERESTING.length)] : pick(r, 256);
    return m;
  }],
  ["truncate", (d, r) => d.slice(0, pick(r, d.length))],
  ["insert", (d, r) => {
    const at = pick(r, d.length + 1), n = 1 + pick(r, 8);
    const m = new Uint8Array(d.length + n);
    m.set(d.subarray(0, at));
    for (let i = 0; i < n; i++) m[at + i] = pick(r, 256);
    m.set(d.subarray(at), at + n);
    return m;
  }],
  ["delete", (d, r) => {
    const at = pick(r, d.length), n = Math.min(1 + pick(r, 8), d.length - at);
    const m = new Uint8Array(d.length - n);
    m.set(d.subarray(0, at));
    m.set(d.subarray(at + n), at);
    return m;
  }],
  ["uleb inflate", (d, r) => {
    // A huge length or count: 0xffffffff (or beyond) where a small ULEB128 stood.
    if (!d.length) return d;
    const at = pick(r, d.length);
    const big = r() < 0.5 ? [0xff, 0xff, 0xff, 0xff, 0x0f] : [0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
    const m = new Uint8Array(d.length + big.length - 1);
    m.set(d.subarray(0, at));
    m.set(big, at);
    m.set(d.subarray(at + 1), at + big.length);
    return m;
  }],
  ["instruction", (d, r) => {
    // Rewrites one field of a 4-byte aligned word inside a prototype.
    const spans = protoSpans(d);
    const m = d.slice();
    if (!spans.length) return m;
    const [s, e] = spans[pick(r, spans.length)];
    const at = s + 2 + 4 * pick(r, Math.max(1, (e - s) >> 2));
    if (at < m.length) m[at] = r() < 0.3 ? pick(r, 97) : m[at] + (r() < 0.5 ? 1 : -1);
    return m;
  }],
  ["swap protos", (d, r) => {
    const spans = protoSpans(d);
    if (spans.length < 2) return d.slice();
    const i = pick(r, spans.length), j = pick(r, spans.length);
    const parts = spans.map(([s, e]) => d.subarray(s, e));
    const how = pick(r, 3); // Swap two, drop one, or duplicate one.
    if (how === 0) [parts[i], parts[j]] = [parts[j], parts[i]];
    else if (how === 1) parts.splice(i, 1);
    else parts.splice(i, 0, parts[j]);
    const head = d.subarray(0, spans[0][0]);
    const body = parts.reduce((n, p) => n + p.length, 0);
    const m = new Uint8Array(head.length + body + 1);
    m.set(head);
    let o = head.length;
    for (const p of parts) {
      m.set(p, o);
      o += p.length;
    }
    return m;
  }],
];

function fuzz(n: number, seed: number): { loaded: number; refused: number; counts: number[] } {
  const r = prng(seed);
  const pool = seeds();
  assert(pool.length >= 20, "seed dumps present");
  const counts = MUTATORS.map(() => 0);
  let loaded = 0, refused = 0;
  for (let i = 0; i < n; i++) {
    let d = pool[pick(r, pool.length)];
    // Stack up to three mutations.
    for (let k = 1 + pick(r, 3); k > 0; k--) {
      const which = pick(r, MUTATORS.length);
      counts[which]++;
      d = MUTATORS[which][1](d, r);
    }
    let pt;
    try {
      pt = readBytecode(d, CHUNK);
    } catch (e) {
      if (!(e instanceof BytecodeError) || !MESSAGE.test(e.message)) {
        throw new Error(`mutant ${i} (seed ${seed}): ${e instanceof Error ? e.stack : e}`);
      }
      refused++;
      continue;
    }
    // A loaded dump is usable: it lists, dumps, and its dump loads again.
    listProto(pt);
    const strip = (d[4] & 2) !== 0;
    readBytecode(writeBytecode(pt, strip), CHUNK);
    loaded++;
  }
  return { loaded, refused, counts };
}

Deno.test(`bytecode reader fuzz: ${N} mutants of luajit's dumps (seed ${SEED})`, () => {
  const t0 = performance.now();
  const { loaded, refused, counts } = fuzz(N, SEED);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `fuzz: ${loaded} loaded, ${refused} refused in ${secs}s; mutations: ` +
      MUTATORS.map(([name], i) => `${name} ${counts[i]}`).join(", "),
  );
  assert.equal(loaded + refused, N);
  // Both outcomes must occur, or the mutations are not reaching the checks.
  assert(loaded > N / 100 && refused > N / 2, "mutants both load and fail");
});
