// Reading golden suites and comparing ljts against them.
import { BufferSink, bytesToStr } from "../../core/bytes.ts";
import type { CliIO } from "../../cli/common.ts";
import { main } from "../../cli/main.ts";
import { type GoldenSuite, SUITES, UNSTABLE_ORACLE } from "./suites.ts";

/** Repository root (the directory holding deno.json). */
export const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/** Golden tests run from the root so that relative chunk names match the oracle's. */
export function enterRoot(): void {
  if (Deno.cwd() !== ROOT) Deno.chdir(ROOT);
}

export interface Outcome {
  stdout: Uint8Array;
  stderr: Uint8Array;
  code: number;
}

export interface GoldenCase {
  suite: GoldenSuite;
  /** Input path relative to the root. */
  input: string;
  /** Input path without its extension: the stem of the expected files. */
  stem: string;
}

export function suiteCases(suite: GoldenSuite): GoldenCase[] {
  const out: GoldenCase[] = [];
  const seen = new Map<string, string>();
  for (const from of suite.inputs ?? [suite.dir]) {
    let entries: Deno.DirEntry[];
    try {
      entries = [...Deno.readDirSync(`${ROOT}/tests/golden/${from}`)];
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isFile || !e.name.endsWith(suite.ext)) continue;
      const input = `tests/golden/${from}/${e.name}`;
      const name = e.name.slice(0, -suite.ext.length);
      const other = seen.get(name);
      if (other) throw new Error(`golden suite ${suite.dir}: ${input} and ${other} share a name`);
      seen.set(name, input);
      out.push({ suite, input, stem: `tests/golden/${suite.dir}/${name}` });
    }
  }
  return out.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
}

export function allSuites(): GoldenSuite[] {
  return SUITES;
}

function readOpt(path: string): Uint8Array | null {
  try {
    return Deno.readFileSync(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
}

/** Stdin for a case: the file `stem.in` when present, else empty. */
export function caseStdin(c: GoldenCase): Uint8Array {
  return readOpt(`${ROOT}/${c.stem}.in`) ?? new Uint8Array(0);
}

export function readExpected(c: GoldenCase): Outcome | null {
  const stdout = readOpt(`${ROOT}/${c.stem}.out`);
  if (stdout === null) return null;
  const stderr = readOpt(`${ROOT}/${c.stem}.err`) ?? new Uint8Array(0);
  const rc = readOpt(`${ROOT}/${c.stem}.rc`);
  const code = rc === null ? 0 : Number(new TextDecoder().decode(rc).trim());
  return { stdout, stderr, code };
}

export function writeExpected(c: GoldenCase, o: Outcome): void {
  Deno.writeFileSync(`${ROOT}/${c.stem}.out`, o.stdout);
  const put = (ext: string, data: Uint8Array | null) => {
    const p = `${ROOT}/${c.stem}${ext}`;
    if (data && data.length) Deno.writeFileSync(p, data);
    else {
      try {
        Deno.removeSync(p);
      } catch { /* absent */ }
    }
  };
  put(".err", o.stderr);
  put(".rc", o.code ? new TextEncoder().encode(`${o.code}\n`) : null);
}

/** Oracle runs whose most frequent outcome stands for an unstable input. */
const UNSTABLE_RUNS = 15;

/**
 * Runs the oracle on a case (from the root). For inputs listed in UNSTABLE_ORACLE, the
 * most frequent outcome of several runs that did not crash.
 */
export async function runOracle(c: GoldenCase): Promise<Outcome> {
  if (!UNSTABLE_ORACLE.has(c.input)) return await runOracleOnce(c);
  const seen = new Map<string, { o: Outcome; n: number }>();
  for (let i = 0; i < UNSTABLE_RUNS; i++) {
    const o = await runOracleOnce(c);
    if (o.code >= 128) continue; // killed by a signal
    const key = `${o.code}\0${bytesToStr(o.stdout)}\0${bytesToStr(o.stderr)}`;
    const e = seen.get(key);
    if (e) e.n++;
    else seen.set(key, { o, n: 1 });
  }
  let best: { o: Outcome; n: number } | null = null;
  for (const e of seen.values()) if (best === null || e.n > best.n) best = e;
  if (best === null) throw new Error(`${c.input}: luajit crashed on every run`);
  return best.o;
}

async function runOracleOnce(c: GoldenCase): Promise<Outcome> {
  const cmd = new Deno.Command("luajit", {
    args: c.suite.oracle(c.input),
    cwd: ROOT,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  });
  const child = cmd.spawn();
  const w = child.stdin.getWriter();
  await w.write(caseStdin(c));
  await w.close();
  const r = await child.output();
  return { stdout: r.stdout, stderr: r.stderr, code: r.code };
}

/** Runs ljts in-process on a case. */
export async function runLjts(c: GoldenCase): Promise<Outcome> {
  const stdout = new BufferSink();
  const stderr = new BufferSink();
  const input = caseStdin(c);
  let pos = 0;
  const io: CliIO = {
    stdout,
    stderr,
    stdin: {
      readSync(p: Uint8Array) {
        if (pos >= input.length) return null;
        const n = Math.min(p.length, input.length - pos);
        p.set(input.subarray(pos, pos + n));
        pos += n;
        return n;
      },
    },
  };
  const code = await main(c.suite.ljts(c.input), io);
  return { stdout: stdout.bytes(), stderr: stderr.bytes(), code };
}

/** luajit names itself (argv[0], maybe a path) where ljts says `ljts`; addresses differ. */
export function normalizeText(s: string): string {
  return s
    .replace(/^(?:\S*\/)?luajit: /gm, "ljts: ")
    .replace(/0x[0-9a-f]{6,16}/g, "0xADDR");
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** First differing line of two texts, for failure messages. */
function firstDiff(exp: string, act: string): string {
  const e = exp.split("\n");
  const a = act.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}:\n  expected: ${JSON.stringify(e[i])}\n  actual:   ${
        JSON.stringify(a[i])
      }`;
    }
  }
  return "(identical text)";
}

/** Compares an outcome with the expected one; returns null or a description. */
export function compareOutcome(c: GoldenCase, exp: Outcome, act: Outcome): string | null {
  const problems: string[] = [];
  if (c.suite.compareStdout) {
    const why = c.suite.compareStdout(exp.stdout, act.stdout, c.input);
    if (why) problems.push(`stdout: ${why}`);
  } else if (!bytesEqual(exp.stdout, act.stdout)) {
    const e = normalizeText(bytesToStr(exp.stdout));
    const a = normalizeText(bytesToStr(act.stdout));
    if (e !== a) problems.push(`stdout differs at ${firstDiff(e, a)}`);
  }
  const ee = normalizeText(bytesToStr(exp.stderr));
  const ae = normalizeText(bytesToStr(act.stderr));
  if (ee !== ae) problems.push(`stderr differs at ${firstDiff(ee, ae)}`);
  if (exp.code !== act.code) problems.push(`exit status ${act.code}, expected ${exp.code}`);
  return problems.length ? `${c.input}: ${problems.join("\n")}` : null;
}
