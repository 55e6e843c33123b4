// Benchmark runner: times each program in bench/lua on ljts and, when installed, on
// `luajit -joff`, `luajit` and `lua5.1` in the same run, checks that they print the same
// output, and prints a table of times, peak memory and ratios.
//
//   deno task bench [--runs N] [--only name,...] [--jit] [--timeout S]
//
// --runs N     best of N runs per engine (default 1)
// --only a,b   run only these programs (file names without .lua)
// --jit        also time plain `luajit` (JIT on); ljts always runs with -joff here
// --timeout S  give up on one run after S seconds (default 300)
import { parseArgs } from "node:util";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    runs: { type: "string", default: "1" },
    only: { type: "string" },
    jit: { type: "boolean", default: false },
    timeout: { type: "string", default: "300" },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const TIMEOUT_MS = Number(values.timeout) * 1000;
const ROOT = new URL("../", import.meta.url).pathname;
const BENCH_DIR = `${ROOT}bench/lua`;

interface Engine {
  name: string;
  argv(file: string): string[];
}

interface Measure {
  seconds: number;
  /** Peak resident set in MiB, when /usr/bin/time is available. */
  maxRssMiB: number | null;
  stdout: string;
  error: string | null;
}

async function exists(cmd: string): Promise<boolean> {
  try {
    const r = await new Deno.Command(cmd, { args: ["-v"], stdout: "null", stderr: "null" })
      .output();
    return r.success;
  } catch {
    return false;
  }
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

const engines: Engine[] = [{
  name: "ljts -joff",
  argv: (f) => [Deno.execPath(), "run", "-A", `${ROOT}cli/main.ts`, "run", "-joff", f],
}];
const missing: string[] = [];
if (await exists("luajit")) {
  engines.push({ name: "luajit -joff", argv: (f) => ["luajit", "-joff", f] });
  if (values.jit) engines.push({ name: "luajit", argv: (f) => ["luajit", f] });
} else missing.push("luajit (apt-get install luajit)");
if (await exists("lua5.1")) engines.push({ name: "lua5.1", argv: (f) => ["lua5.1", f] });
else missing.push("lua5.1 (apt-get install lua5.1)");
const haveTime = await fileExists("/usr/bin/time");

async function runOnce(argv: string[]): Promise<Measure> {
  const timed = haveTime ? ["/usr/bin/time", "-f", "\n@@rss %M", ...argv] : argv;
  const child = new Deno.Command(timed[0], {
    args: timed.slice(1),
    cwd: BENCH_DIR,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
  const t0 = performance.now();
  const r = await child.output();
  const seconds = (performance.now() - t0) / 1000;
  clearTimeout(timer);
  let stderr = new TextDecoder().decode(r.stderr);
  let maxRssMiB: number | null = null;
  const m = stderr.match(/\n?@@rss (\d+)\s*$/);
  if (m) {
    maxRssMiB = Number(m[1]) / 1024;
    stderr = stderr.slice(0, m.index);
  }
  const stdout = new TextDecoder().decode(r.stdout);
  let error: string | null = null;
  if (r.signal === "SIGKILL") error = "timeout";
  else if (!r.success) error = (stderr.trim().split("\n")[0] || `exit ${r.code}`).slice(0, 60);
  return { seconds, maxRssMiB, stdout, error };
}

async function measure(argv: string[]): Promise<Measure> {
  let best: Measure | null = null;
  for (let i = 0; i < RUNS; i++) {
    const m = await runOnce(argv);
    if (m.error) return m;
    if (!best || m.seconds < best.seconds) best = m;
  }
  return best!;
}

const only = values.only ? new Set(values.only.split(",")) : null;
const programs = [...Deno.readDirSync(BENCH_DIR)]
  .filter((e) => e.isFile && e.name.endsWith(".lua"))
  .map((e) => e.name.slice(0, -4))
  .filter((n) => !only || only.has(n))
  .sort();

if (missing.length) console.log(`not installed, not measured: ${missing.join(", ")}`);
console.log(`best of ${RUNS} run(s) per engine; wall-clock seconds include start-up\n`);

const results = new Map<string, Map<string, Measure>>();
for (const prog of programs) {
  const row = new Map<string, Measure>();
  for (const eng of engines) {
    row.set(eng.name, await measure(eng.argv(`${prog}.lua`)));
  }
  // Every engine must print the same thing; the reference is the last one that ran cleanly.
  const ref = [...row.values()].reverse().find((m) => !m.error);
  for (const m of row.values()) {
    if (!m.error && ref && m.stdout !== ref.stdout) m.error = "wrong output";
  }
  results.set(prog, row);
  const cells = engines.map((e) => {
    const m = row.get(e.name)!;
    return `${e.name} ${m.error ? m.error : m.seconds.toFixed(2) + "s"}`;
  });
  console.error(`${prog}: ${cells.join(", ")}`);
}

// The table: seconds (and MiB) per engine, then ljts's ratio to each other engine.
const others = engines.slice(1);
const header = [
  "program",
  ...engines.map((e) => e.name),
  ...others.map((e) => `ljts/${e.name}`),
];
const rows: string[][] = [];
const logRatios = new Map<string, number[]>(others.map((e) => [e.name, []]));
for (const [prog, row] of results) {
  const lj = row.get(engines[0].name)!;
  const cells = [prog];
  for (const e of engines) {
    const m = row.get(e.name)!;
    cells.push(
      m.error
        ? m.error
        : `${m.seconds.toFixed(2)}s` + (m.maxRssMiB !== null ? ` ${m.maxRssMiB.toFixed(0)}M` : ""),
    );
  }
  for (const e of others) {
    const m = row.get(e.name)!;
    if (lj.error || m.error) cells.push("-");
    else {
      const r = lj.seconds / m.seconds;
      logRatios.get(e.name)!.push(Math.log(r));
      cells.push(`${r.toFixed(2)}x`);
    }
  }
  rows.push(cells);
}
const geo = ["geometric mean", ...engines.map(() => "")];
for (const e of others) {
  const l = logRatios.get(e.name)!;
  geo.push(l.length ? `${Math.exp(l.reduce((a, b) => a + b, 0) / l.length).toFixed(2)}x` : "-");
}
rows.push(geo);

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) =>
  "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(
    " | ",
  ) + " |";
console.log(line(header));
console.log(
  "|" + widths.map((w, i) => "-".repeat(i ? w + 1 : w + 2) + (i ? ":" : ""))
    .join("|") +
    "|",
);
for (const r of rows) console.log(line(r));
