// `ljts run`: the luajit command-line experience (luajit.c): scripts with `arg`, -e, -l,
// -i and the REPL, -v, `-` for stdin, -b forwarded to `ljts bc`, -j/-O, errors reported
// as "ljts: msg" plus traceback on stderr with exit status 1.
import { type CliIO, PROGNAME, writeText } from "./common.ts";
import { main as bcMain } from "./bc.ts";
import { utf8ToStr } from "../core/bytes.ts";
import { GlobalState, type LuaState } from "../core/state.ts";
import { LuaTable } from "../core/table.ts";
import { LuaFunction } from "../core/func.ts";
import type { LuaValue } from "../core/value.ts";
import { ExitSignal } from "../core/err.ts";
import { flushAll } from "../core/lib/io.ts";
import { openLibs } from "../core/lib/init.ts";
import { loadChunk, loadFile, tostringMeta } from "../core/lib/base.ts";
import { loadedTable, type NativeFn, newNative } from "../core/lib.ts";
import { vmPCall } from "../core/vm.ts";
import { traceback } from "../core/debug.ts";
import { closeState } from "../core/gc.ts";
import { metaLookup } from "../core/meta.ts";
import { MM } from "../core/state.ts";
import { LUAJIT_VERSION } from "../core/version.ts";

export function runUsage(): string {
  return `usage: ${PROGNAME} run [options]... [script [args]...].
Available options are:
  -e chunk  Execute string 'chunk'.
  -l name   Require library 'name'.
  -b ...    Save or list bytecode.
  -j cmd    Perform LuaJIT control command.
  -O[opt]   Control LuaJIT optimizations.
  -i        Enter interactive mode after executing 'script'.
  -v        Show version information.
  -E        Ignore environment variables.
  --        Stop handling options.
  -         Execute stdin and stop handling options.
`;
}

const FLAGS_INTERACTIVE = 1, FLAGS_VERSION = 2, FLAGS_EXEC = 4, FLAGS_OPTION = 8;
const FLAGS_NOENV = 16;

/** Scans the options (collectargs): index of the script argument, or -1 when invalid. */
function collectArgs(argv: string[], flags: { v: number }): number {
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a[0] !== "-") return i;
    const tail = a.length > 2;
    switch (a[1]) {
      case "-":
        return tail ? -1 : i + 1;
      case undefined:
        return i;
      case "i":
        if (tail) return -1;
        flags.v |= FLAGS_INTERACTIVE | FLAGS_VERSION;
        break;
      case "v":
        if (tail) return -1;
        flags.v |= FLAGS_VERSION;
        break;
      case "e":
        flags.v |= FLAGS_EXEC;
        /* falls through */
      case "j":
      case "l":
        flags.v |= FLAGS_OPTION;
        if (!tail && ++i >= argv.length) return -1;
        break;
      case "O":
        break;
      case "b":
        if (flags.v) return -1;
        flags.v |= FLAGS_EXEC;
        return i + 1;
      case "E":
        flags.v |= FLAGS_NOENV;
        break;
      default:
        return -1;
    }
  }
  return i;
}

/** One `ljts run` invocation: the state of luajit.c's pmain and its helpers. */
class Runner {
  readonly G: GlobalState;
  readonly L: LuaState;
  /** Prefix of error reports; none in interactive mode. */
  progname: string | null = PROGNAME;
  status = 0;
  private tracebackFn: LuaFunction;

  constructor(readonly io: CliIO, readonly argv: string[]) {
    this.G = new GlobalState(io);
    this.L = this.G.mainThread;
    const msgh: NativeFn = (L, base, nargs) => {
      let msg = nargs >= 1 ? L.stack[base] : undefined;
      if (typeof msg !== "string" && typeof msg !== "number") {
        // Non-string error object: try its __tostring.
        if (msg === undefined || metaLookup(L.G, msg, MM.tostring) === undefined) return 1;
        msg = tostringMeta(L, msg);
        if (typeof msg !== "string" && typeof msg !== "number") return 1;
      }
      L.stack[base] = traceback(L, String(msg), 1);
      return 1;
    };
    this.tracebackFn = newNative(this.G, "", msgh);
  }

  /** l_message: "ljts: msg" on stderr (unbuffered: before what stdout still holds). */
  message(msg: string): void {
    writeText(this.io.stderr, this.progname ? `${this.progname}: ${msg}\n` : `${msg}\n`);
  }

  /** Reports an error value (report); returns the status. */
  report(status: number, err: LuaValue): number {
    if (status !== 0 && err !== undefined) {
      const msg = typeof err === "string"
        ? err
        : typeof err === "number"
        ? String(tostringMeta(this.L, err))
        : "(error object is not a string)";
      const line = (this.progname ? this.progname + ": " : "") + msg + "\n";
      const b = new Uint8Array(line.length);
      for (let i = 0; i < line.length; i++) b[i] = line.charCodeAt(i) & 0xff;
      this.io.stderr.write(b);
    }
    return status;
  }

  /**
   * Calls fn(args...) with the traceback handler (docall); returns [status, results or
   * error value]. `top` is a free slot of the main thread.
   */
  docall(top: number, fn: LuaValue, args: LuaValue[], nres: number): [number, LuaValue[]] {
    const L = this.L, S = L.stack;
    L.growStack(top + args.length + 8);
    S[top] = this.tracebackFn;
    S[top + 1] = fn;
    for (let i = 0; i < args.length; i++) S[top + 3 + i] = args[i];
    L.top = top + 3 + args.length;
    const r = vmPCall(L, top + 1, args.length, nres, top);
    const out: LuaValue[] = [];
    if (r.ok) { for (let i = 0; i < r.n; i++) out.push(S[top + 1 + i]); }
    else out.push(r.err);
    L.top = top;
    return [r.ok ? 0 : 1, out];
  }

  dostring(top: number, chunk: string, name: string): number {
    const f = loadChunk(this.L, chunk, name);
    if (typeof f === "string") return this.report(1, f);
    const [st, res] = this.docall(top, f, [], 0);
    return this.report(st, res[0]);
  }

  dolibrary(top: number, name: string): number {
    const req = this.G.globals.getStr("require");
    const [st, res] = this.docall(top, req, [name], 1);
    return this.report(st, res[0]);
  }

  /** Runs the script argument and the ones after it as `arg`. */
  handleScript(top: number, argn: number): number {
    const argv = this.argv;
    let fname: string | undefined = argv[argn];
    if (fname === "-" && argv[argn - 1] !== "--") fname = undefined;
    const f = loadFile(this.L, fname);
    if (typeof f === "string") return this.report(1, f);
    // The script's arguments come from the arg table (-e may have changed it).
    const args: LuaValue[] = [];
    const argt = this.G.globals.getStr("arg");
    if (argt instanceof LuaTable) {
      for (let i = 1;; i++) {
        const v = argt.getInt(i);
        if (v === undefined) break;
        args.push(v);
      }
    }
    const [st, res] = this.docall(top, f, args, 0);
    return this.report(st, res[0]);
  }

  /** Calls jit.<cmd>(opts...) for -j, or jit.opt.start for -O (runcmdopt). */
  jitCommand(top: number, fn: LuaValue, opt: string | undefined): number {
    const args: LuaValue[] = [];
    if (opt !== undefined && opt !== "") {
      const parts = opt.split(",");
      for (const p of parts) args.push(p === "" ? undefined : p);
    }
    if (!(fn instanceof LuaFunction)) {
      this.message("unknown luaJIT command or jit.* modules not installed");
      return 1;
    }
    const [st, res] = this.docall(top, fn, args, 0);
    return this.report(st, res[0]);
  }

  dojitcmd(top: number, cmd: string): number {
    const eq = cmd.indexOf("=");
    const name = eq >= 0 ? cmd.slice(0, eq) : cmd;
    const jit = loadedTable(this.G).getStr("jit");
    const fn = jit instanceof LuaTable ? jit.getStr(name) : undefined;
    return this.jitCommand(top, fn, eq >= 0 ? cmd.slice(eq + 1) : undefined);
  }

  dojitopt(top: number, opt: string): number {
    const jo = loadedTable(this.G).getStr("jit.opt");
    const fn = jo instanceof LuaTable ? jo.getStr("start") : undefined;
    return this.jitCommand(top, fn, opt);
  }

  printVersion(): void {
    this.G.out.write(
      `${LUAJIT_VERSION} -- Copyright (C) 2005-2022 Mike Pall. https://luajit.org/\n`,
    );
  }

  printJitStatus(top: number): void {
    const jit = loadedTable(this.G).getStr("jit");
    const st = jit instanceof LuaTable ? jit.getStr("status") : undefined;
    let line = "JIT: OFF";
    if (st instanceof LuaFunction) {
      const [ok, res] = this.docall(top, st, [], -1);
      if (ok === 0) {
        line = res[0] !== undefined && res[0] !== false ? "JIT: ON" : "JIT: OFF";
        for (let i = 1; i < res.length && typeof res[i] === "string"; i++) line += " " + res[i];
      }
    }
    this.G.out.write(line + "\n");
  }

  /** Reads one line from stdin (without its newline), or null at end of input. */
  readLine(): string | null {
    this.G.out.beforeInput();
    const bytes: number[] = [];
    const b = new Uint8Array(1);
    for (;;) {
      const n = this.io.stdin.readSync(b);
      if (n === null || n === 0) return bytes.length ? String.fromCharCode(...bytes) : null;
      if (b[0] === 0x0a) return String.fromCharCode(...bytes);
      bytes.push(b[0]);
    }
  }

  /** The read-eval-print loop (dotty). */
  dotty(top: number): void {
    const old = this.progname;
    this.progname = null;
    const prompt = (first: boolean) => {
      const p = this.G.globals.getStr(first ? "_PROMPT" : "_PROMPT2");
      this.G.out.write(typeof p === "string" ? p : first ? "> " : ">> ");
      this.G.out.flush();
    };
    for (;;) {
      prompt(true);
      let line = this.readLine();
      if (line === null) break;
      if (line.startsWith("=")) line = "return " + line.slice(1);
      let f = loadChunk(this.L, line, "=stdin");
      // Incomplete statements ask for more lines.
      while (typeof f === "string" && f.endsWith("'<eof>'")) {
        prompt(false);
        const more = this.readLine();
        if (more === null) {
          f = null as unknown as string;
          break;
        }
        line += "\n" + more;
        f = loadChunk(this.L, line, "=stdin");
      }
      if (f === null) break;
      if (typeof f === "string") {
        this.report(1, f);
        continue;
      }
      const [st, res] = this.docall(top, f, [], -1);
      this.report(st, res[0]);
      if (st === 0 && res.length > 0) {
        const [pst, pres] = this.docall(top, this.G.globals.getStr("print"), res, 0);
        if (pst !== 0) {
          this.message(`error calling 'print' (${String(pres[0])})`);
        }
      }
    }
    this.G.out.write("\n");
    this.G.out.flush();
    this.progname = old;
  }

  /** pmain: everything luajit does inside its protected main function. */
  pmain(L: LuaState, top: number): void {
    const argv = this.argv;
    const flags = { v: 0 };
    const argn = collectArgs(argv, flags);
    if (argn < 0) {
      writeText(this.io.stderr, runUsage());
      this.status = 1;
      return;
    }
    if (flags.v & FLAGS_NOENV) this.G.registry.setStr("LUA_NOENV", true);
    openLibs(L);
    // The arg table: script name at 0, options before it at negative indices.
    const argt = new LuaTable(Math.max(0, argv.length - argn), argn);
    for (let i = 0; i < argv.length; i++) argt.set(i - argn, utf8ToStr(argv[i]));
    this.G.globals.setStr("arg", argt);
    if (!(flags.v & FLAGS_NOENV)) {
      const init = Deno.env.get("LUA_INIT");
      if (init !== undefined) {
        this.status = init.startsWith("@")
          ? this.dofile(top, utf8ToStr(init.slice(1)))
          : this.dostring(top, utf8ToStr(init), "=LUA_INIT");
        if (this.status !== 0) return;
      }
    }
    if (flags.v & FLAGS_VERSION) this.printVersion();
    this.status = this.runArgs(top, argn);
    if (this.status !== 0) return;
    if (argv.length > argn) {
      this.status = this.handleScript(top, argn);
      if (this.status !== 0) return;
    }
    if (flags.v & FLAGS_INTERACTIVE) {
      this.printJitStatus(top);
      this.dotty(top);
    } else if (argv.length === argn && !(flags.v & (FLAGS_EXEC | FLAGS_VERSION))) {
      if (Deno.stdin.isTerminal() && this.io.stdin === Deno.stdin) {
        this.printVersion();
        this.printJitStatus(top);
        this.dotty(top);
      } else {
        this.dofile(top, undefined);
      }
    }
  }

  dofile(top: number, name: string | undefined): number {
    const f = loadFile(this.L, name);
    if (typeof f === "string") return this.report(1, f);
    const [st, res] = this.docall(top, f, [], 0);
    return this.report(st, res[0]);
  }

  /** Runs -e, -l, -j and -O in order (runargs). */
  runArgs(top: number, argn: number): number {
    const argv = this.argv;
    for (let i = 1; i < argn; i++) {
      const a = argv[i];
      if (a === undefined || a[0] !== "-") continue;
      const value = () => (a.length > 2 ? a.slice(2) : argv[++i]);
      switch (a[1]) {
        case "e":
          if (this.dostring(top, utf8ToStr(value()), "=(command line)") !== 0) return 1;
          break;
        case "l":
          if (this.dolibrary(top, utf8ToStr(value())) !== 0) return 1;
          break;
        case "j":
          if (this.dojitcmd(top, utf8ToStr(value())) !== 0) return 1;
          break;
        case "O":
          if (this.dojitopt(top, utf8ToStr(a.slice(2))) !== 0) return 1;
          break;
      }
    }
    return 0;
  }
}

export async function main(args: string[], io: CliIO): Promise<number> {
  if (args[0] === "-h" || args[0] === "--help") {
    writeText(io.stdout, runUsage());
    return 0;
  }
  // -b as the first option hands everything after it to `ljts bc` (dobytecode).
  if (args.length > 0 && args[0].startsWith("-b")) {
    const rest = args.slice(1);
    return await bcMain(args[0].length > 2 ? ["-" + args[0].slice(2), ...rest] : rest, io);
  }
  const argv = [PROGNAME, ...args];
  const r = new Runner(io, argv);
  const G = r.G, L = r.L;
  try {
    // pmain runs as a native function, so that tracebacks end in a C frame as luajit's.
    const pmain: NativeFn = (L2, base) => {
      r.pmain(L2, base + 1);
      return 0;
    };
    const S = L.stack;
    S[2] = newNative(G, "", pmain);
    L.top = 4;
    const res = vmPCall(L, 2, 0, 0, 0);
    if (!res.ok) r.report(1, res.err);
    closeState(L); // lua_close: pending finalizers.
    flushAll(G); // As C's exit: every open file's buffer, then stdout.
    return !res.ok || r.status > 0 ? 1 : 0;
  } catch (e) {
    flushAll(G);
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}
