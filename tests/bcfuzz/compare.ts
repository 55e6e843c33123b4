// Runs `luajit -bl FILE` and `ljts bc -l FILE` and names the kind of difference between
// them, so that failures can be deduplicated and minimized while they keep their kind.
import { BufferSink, bytesToStr } from "../../core/bytes.ts";
import type { CliIO } from "../../cli/common.ts";
import { main } from "../../cli/main.ts";
import { normalizeText } from "../golden/harness.ts";

/** Outputs of one run as byte strings, with luajit's name and addresses normalized. */
export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

/** Exit status recorded for a run that did not finish in time. */
export const TIMED_OUT = -1;
/** Exit status recorded when luajit dies from a signal. */
export const LUAJIT_CRASHED = -2;

function outcome(stdout: Uint8Array, stderr: Uint8Array, code: number): Outcome {
  return {
    stdout: normalizeText(bytesToStr(stdout)),
    stderr: normalizeText(bytesToStr(stderr)),
    code,
  };
}

/**
 * The oracle: $LUAJIT, else Debian's /usr/bin/luajit (a luajit found first on PATH may be
 * someone's experiment), else luajit from PATH.
 */
export const LUAJIT = Deno.env.get("LUAJIT") ??
  (exists("/usr/bin/luajit") ? "/usr/bin/luajit" : "luajit");

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

export async function runLuajit(file: string, timeoutMs = 120000): Promise<Outcome> {
  try {
    const r = await new Deno.Command(LUAJIT, {
      args: ["-bl", file],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: AbortSignal.timeout(timeoutMs),
    }).output();
    if (r.signal === "SIGTERM" || r.signal === "SIGKILL") {
      return { stdout: "", stderr: "timeout", code: TIMED_OUT };
    }
    // A crash (possible on corrupt dumps) is no oracle: shell-style status 128+signal.
    return outcome(r.stdout, r.stderr, r.signal ? LUAJIT_CRASHED : r.code);
  } catch (e) {
    if (e instanceof DOMException) return { stdout: "", stderr: "timeout", code: TIMED_OUT };
    throw e;
  }
}

/** Runs `ljts bc -l file` in this isolate. */
export async function runLjts(file: string): Promise<Outcome> {
  const stdout = new BufferSink(), stderr = new BufferSink();
  const io: CliIO = { stdout, stderr, stdin: { readSync: () => null } };
  const code = await main(["bc", "-l", file], io);
  return outcome(stdout.bytes(), stderr.bytes(), code);
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.code === b.code;
}

/** An error message without its location, quoted tokens and numbers. */
function messageShape(stderr: string): string {
  const first = stderr.split("\n")[0];
  return first
    .replace(/^ljts: /, "")
    .replace(/^.*?:\d+: /, "")
    .replace(/near '[\s\S]*'$/, "near TOKEN")
    .replace(/'[^']*'/g, "'X'")
    .replace(/\d+/g, "N")
    .slice(0, 120);
}

/** Which part of two error messages of the same shape differs. */
function messageDetail(a: string, b: string): string {
  const line = (s: string) => /:(\d+): /.exec(s)?.[1];
  const near = (s: string) => /near '([\s\S]*)'$/.exec(s.split("\n")[0])?.[1];
  if (line(a) !== line(b)) return "line number";
  if (near(a) !== near(b)) return "near token";
  return "text";
}

/** Opcode of a listing line, or what the line is. */
function lineShape(line: string | undefined): string {
  if (line === undefined) return "<end>";
  if (line === "") return "<blank>";
  if (line.startsWith("-- BYTECODE --")) return "header";
  const op = /^\d{4} (?:=>| {2}) (\S+)/.exec(line);
  return op ? op[1] : "other";
}

/** Which fields of two listing lines with the same opcode differ. */
function lineDetail(a: string, b: string): string {
  const fields = (s: string) => {
    const [code, comment] = s.split(" ; ");
    return { target: s.slice(5, 7), operands: code.slice(15).trim(), comment: comment ?? "" };
  };
  const x = fields(a), y = fields(b);
  const parts: string[] = [];
  if (x.target !== y.target) parts.push("jump target mark");
  if (x.operands !== y.operands) parts.push("operands");
  if (x.comment !== y.comment) parts.push("comment");
  return parts.join("+") || "spacing";
}

/**
 * A short name for the kind of difference between luajit's and ljts's outcomes on `file`,
 * or null when they agree (or luajit crashed). Failures with the same name are taken to be
 * the same bug.
 */
export function classify(exp: Outcome, act: Outcome, file = ""): string | null {
  if (sameOutcome(exp, act)) return null;
  if (exp.code === LUAJIT_CRASHED) return null;
  if (act.code === TIMED_OUT) return "ljts hangs";
  if (file) {
    // Messages name the file; kinds must not.
    const strip = (o: Outcome) => ({ ...o, stderr: o.stderr.replaceAll(file, "FILE") });
    exp = strip(exp);
    act = strip(act);
  }
  if (/internal error/.test(act.stderr)) {
    return `ljts crashes: ${act.stderr.split("\n")[0].replace(/^.*internal error: /, "")}`
      .replace(/\d+/g, "N").slice(0, 120);
  }
  if (exp.code !== act.code) {
    return `exit ${exp.code} vs ${act.code}: ${messageShape(exp.stderr)} | ${
      messageShape(act.stderr)
    }`;
  }
  if (exp.stderr !== act.stderr) {
    const e = messageShape(exp.stderr), a = messageShape(act.stderr);
    if (e === a) return `message ${e}: ${messageDetail(exp.stderr, act.stderr)}`;
    return `message ${e} | ${a}`;
  }
  const e = exp.stdout.split("\n"), a = act.stdout.split("\n");
  let i = 0;
  while (i < e.length && e[i] === a[i]) i++;
  const se = lineShape(e[i]), sa = lineShape(a[i]);
  if (se === sa && e[i] !== undefined && a[i] !== undefined && se !== "header") {
    return `listing ${se}: ${lineDetail(e[i], a[i])}`;
  }
  return `listing ${se} | ${sa}`;
}

/** The first differing line of two texts, for reports. */
export function firstDifference(exp: string, act: string): string {
  const e = exp.split("\n"), a = act.split("\n");
  let i = 0;
  while (i < e.length && e[i] === a[i]) i++;
  return `line ${i + 1}:\n  luajit: ${JSON.stringify(e[i])}\n  ljts:   ${JSON.stringify(a[i])}`;
}
