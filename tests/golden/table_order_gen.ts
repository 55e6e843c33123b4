// Generates the random programs of the golden suite table_order: seeded sequences of
// inserts, deletions, re-insertions, constructors, table.new/table.clear and traversals
// over tables whose hash keys are numbers and booleans (the keys whose traversal order
// luajit reproduces from run to run), each printing pairs() order, next() steps and #t.
//
//   deno run -A tests/golden/table_order_gen.ts [--out DIR] [--from SEED] [--count N]
//
// Without arguments it writes tests/golden/table_order/gen_01.lua ... gen_50.lua; the
// expected outputs then come from `deno task golden table_order`.
import { parseArgs } from "node:util";

/** Seeded PRNG (mulberry32): the same programs on every run and machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lua source of the key families, by weight. */
const KEY_FAMILIES: [number, (r: () => number) => string][] = [
  [6, (r) => String(1 + Math.floor(r() * 40))], // Array-ish integers.
  [3, (r) => String(1 + Math.floor(r() * 2000))], // Sparse integers.
  [2, (r) => String(-Math.floor(r() * 50))], // Zero and negatives.
  [3, (r) => String((Math.floor(r() * 200) - 100) / 4)], // Quarters.
  [1, (r) => `${Math.floor(r() * 30) + 1} * 1.1`], // Inexact floats.
  [1, (r) => `2^${30 + Math.floor(r() * 24)} + ${Math.floor(r() * 8)}`], // Huge.
  [1, (r) => `-2^${Math.floor(r() * 60)}`],
  [1, (r) => (r() < 0.5 ? "true" : "false")],
  [1, (r) => `1/${1 + Math.floor(r() * 9)}`],
];
const KEY_WEIGHT = KEY_FAMILIES.reduce((s, [w]) => s + w, 0);

function key(r: () => number): string {
  let x = r() * KEY_WEIGHT;
  for (const [w, f] of KEY_FAMILIES) {
    if ((x -= w) < 0) return f(r);
  }
  return "1";
}

const PRELUDE = `local tnew, tclear = require("table.new"), require("table.clear")
local function show(t)
  local o = {}
  for k, v in pairs(t) do o[#o + 1] = tostring(k) .. "=" .. tostring(v) end
  print(#t, table.concat(o, " "))
end
local function steps(t, k)
  local o = {}
  for _ = 1, 6 do
    k = next(t, k)
    if k == nil then break end
    o[#o + 1] = tostring(k)
  end
  print("next", table.concat(o, " "))
end
local function f(x) return x end
`;

/** One program: a few tables, each built and changed by random operations. */
export function program(seed: number): string {
  const r = rng(seed);
  const pick = (n: number) => Math.floor(r() * n);
  const lines = [`-- table_order generated program, seed ${seed}`, PRELUDE];
  const ntables = 2 + pick(3);
  for (let ti = 0; ti < ntables; ti++) {
    const mark = lines.length;
    const keys: string[] = [];
    const nkeys = 4 + pick(40);
    for (let i = 0; i < nkeys; i++) keys.push(key(r));
    const kv = () => keys[pick(keys.length)];
    // How the table starts.
    const start = pick(4);
    if (start === 0) lines.push("local t = {}");
    else if (start === 1) lines.push(`local t = tnew(${pick(10)}, ${pick(40)})`);
    else {
      const items: string[] = [];
      const n = 1 + pick(12);
      for (let i = 0; i < n; i++) {
        const v = start === 3 && r() < 0.3 ? `f(${i})` : String(i);
        items.push(r() < 0.25 ? v : `[${kv()}] = ${v}`);
      }
      lines.push(`local t = { ${items.join(", ")} }`);
    }
    const nops = 5 + pick(60);
    for (let i = 0; i < nops; i++) {
      const op = pick(100);
      if (op < 45) lines.push(`t[${kv()}] = ${i}`);
      else if (op < 65) lines.push(`t[${kv()}] = nil`);
      else if (op < 72) lines.push(`t[#t + 1] = ${i}`);
      else if (op < 78) {
        lines.push(
          `for k in pairs(t) do if ${
            r() < 0.5 ? "k ~= k" : "type(k) == 'number' and k % 2 == 0"
          } or ${r() < 0.5 ? "true" : "false"} then t[k] = nil end end`,
        );
      } else if (op < 84) lines.push(`for k, v in pairs(t) do t[k] = v + 1 end`);
      else if (op < 90) lines.push("show(t)");
      else if (op < 94) {
        const k = kv();
        lines.push(`if rawget(t, ${k}) ~= nil then steps(t, ${k}) end`);
      } else if (op < 96) lines.push("tclear(t)");
      else lines.push(`for j = 1, ${1 + pick(20)} do t[j * ${1 + pick(5)}] = j end`);
    }
    lines.push("show(t)", "steps(t, nil)");
    lines.push(`do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end`);
    if (ti < ntables - 1) lines.push("print('--')");
    // Each table in its own block: a fresh `t` without too many locals.
    const body = lines.splice(mark);
    lines.push("do", ...body.map((l) => "  " + l), "end");
  }
  return lines.join("\n") + "\n";
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      out: { type: "string", default: new URL("./table_order/", import.meta.url).pathname },
      from: { type: "string", default: "1" },
      count: { type: "string", default: "50" },
    },
  });
  const from = Number(values.from), count = Number(values.count);
  Deno.mkdirSync(values.out!, { recursive: true });
  for (let s = from; s < from + count; s++) {
    const name = `gen_${String(s).padStart(2, "0")}.lua`;
    Deno.writeTextFileSync(`${values.out}/${name}`, program(s));
  }
}
