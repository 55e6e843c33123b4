// The io library (lib_io.c) over the stdio emulation of core/lib/io_file.ts: file
// handles are userdata with the FILE* metatable; io.stdout shares the buffered standard
// output with print; io.popen and os.execute run /bin/sh through Deno.Command.
import { type LuaFunction, type NativeFn } from "../func.ts";
import { LuaTable } from "../table.ts";
import { fmtAddr, LuaUserdata, type LuaValue, objAddr } from "../value.ts";
import type { GlobalState, LuaState } from "../state.ts";
import { ErrMsg, errMsg, LuaError } from "../err.ts";
import {
  arg,
  argError,
  callerErr,
  callerError,
  checkAny,
  checkInt,
  checkOpt,
  checkStr,
  newNative,
  optInt,
  optStr,
  registerLib,
  setFuncs,
  typeError,
} from "../lib.ts";
import { fmtNum } from "../strfmt_num.ts";
import { bytesToStr, strToBytes } from "../bytes.ts";
import {
  BufMode,
  CFile,
  FileKind,
  fopen,
  MemoryError,
  PermissionError,
  popen,
  type ReadFormat,
  readFormats,
  SysError,
  tmpfile,
} from "./io_file.ts";
import { bufferOf } from "./string.ts";
import { StdBuf } from "../stdout.ts";
import { trackUserdata } from "../gc.ts";

/** Repositions a seekable standard input. */
type SeekFn = (offset: number, whence: Deno.SeekMode) => number;

/** Max. upvalues of the lines iterator (LJ_MAX_UPVAL). */
const MAX_UPVAL = 60;
const LUAL_BUFFERSIZE = 8192;

/** Per-state io data: the method table, default files and every open file. */
interface IOState {
  meta: LuaTable;
  stdin: LuaUserdata;
  stdout: LuaUserdata;
  stderr: LuaUserdata;
  input: LuaUserdata;
  output: LuaUserdata;
  open: Set<CFile>;
}

function ioState(G: GlobalState): IOState {
  return G.libData.get("io") as IOState;
}

/** Flushes every open file and the standard output (what C's exit does). */
export function flushAll(G: GlobalState): void {
  const st = G.libData.get("io") as IOState | undefined;
  if (st) { for (const f of st.open) f.flush(); }
  G.out.flush();
}

/** The standard input stream (shared by io.read and debug.debug). */
export function stdinOf(G: GlobalState): CFile {
  return ioState(G).stdin.data as CFile;
}

/** The file of a handle, or null. */
function fileOf(v: LuaValue): CFile | null {
  return v instanceof LuaUserdata && v.data instanceof CFile ? v.data : null;
}

/** Argument 1 as a FILE* (open or closed). */
function toFileP(L: LuaState, base: number, nargs: number): CFile {
  const f = nargs >= 1 ? fileOf(L.stack[base]) : null;
  if (f === null) return typeError(L, base, nargs, 1, "FILE*");
  return f;
}

/** Argument 1 as an open FILE*. */
function toFile(L: LuaState, base: number, nargs: number): CFile {
  const f = toFileP(L, base, nargs);
  if (f.closed) callerErr(L, ErrMsg.IOCLFL);
  return f;
}

/** A new handle for a file, registered as open. */
function newHandle(L: LuaState, f: CFile): LuaUserdata {
  const st = ioState(L.G);
  const ud = new LuaUserdata(f);
  ud.mt = st.meta;
  st.open.add(f);
  trackUserdata(L.G, ud); // Collected handles are closed by __gc.
  return ud;
}

/** luaL_fileresult: true, or nil, "[name: ]strerror", errno. */
function fileResult(
  L: LuaState,
  base: number,
  ok: boolean,
  err: SysError | null,
  fname?: string,
): number {
  const S = L.stack;
  if (ok) {
    S[base] = true;
    return 1;
  }
  const e = err ?? new SysError(0, "Success");
  S[base] = undefined;
  S[base + 1] = fname === undefined ? e.text : `${fname}: ${e.text}`;
  S[base + 2] = e.errno;
  return 3;
}

/** Runs a host operation that may fail with errno (returned) or be refused (raised). */
function attempt<T>(L: LuaState, f: () => T): T | SysError {
  try {
    return f();
  } catch (e) {
    if (e instanceof SysError) return e;
    if (e instanceof PermissionError) callerError(L, e.message);
    throw e;
  }
}

function closeFile(L: LuaState, base: number, f: CFile): number {
  if (f.kind === FileKind.STD) {
    L.stack[base] = undefined;
    L.stack[base + 1] = "cannot close standard file";
    return 2;
  }
  ioState(L.G).open.delete(f);
  const ok = f.close();
  return fileResult(L, base, ok, f.lastError);
}

// -- Reading and writing ------------------------------------------------------------------

/** file:read/io.read: formats from argument `first` on. */
function readFile(L: LuaState, base: number, nargs: number, f: CFile, first: number): number {
  const fmts: ReadFormat[] = [];
  for (let i = first; i <= nargs; i++) {
    const v = L.stack[base + i - 1];
    if (typeof v === "string") fmts.push(v);
    else if (typeof v === "number") fmts.push(checkInt(L, base, nargs, i));
    else fmts.push({ other: true });
  }
  let r: (string | number | null)[] | null;
  try {
    r = readFormats(f, fmts, first, (n, msg) => argError(L, n, msg));
  } catch (e) {
    if (e instanceof MemoryError) throw new LuaError(errMsg(ErrMsg.ERRMEM));
    if (e instanceof PermissionError) callerError(L, e.message);
    throw e;
  }
  if (r === null) return fileResult(L, base, false, f.lastError);
  L.growStack(base + r.length + 1);
  for (let i = 0; i < r.length; i++) L.stack[base + i] = r[i] ?? undefined;
  return r.length;
}

/** file:write/io.write: arguments from `first` on (strings, numbers, buffers). */
function writeFile(L: LuaState, base: number, nargs: number, f: CFile, first: number): number {
  let ok = true;
  for (let i = first; i <= nargs; i++) {
    const v = L.stack[base + i - 1];
    let s: string;
    if (typeof v === "string") s = v;
    else if (typeof v === "number") s = fmtNum(v);
    else {
      const b = bufferOf(v);
      if (b === null) return typeError(L, base, nargs, i, "string");
      s = b.toString();
    }
    if (ok) ok = f.write(s);
  }
  return fileResult(L, base, ok, f.lastError);
}

/** The iterator of lines(): the handle and the formats are its values. */
const linesIter: NativeFn = (L, base) => {
  const fn = L.stack[base - 2] as LuaFunction;
  const cv = fn.cvals!;
  const f = fileOf(cv[0])!;
  if (f.closed) callerErr(L, ErrMsg.IOCLFL);
  const n = cv.length - 1;
  L.growStack(base + n + 4);
  for (let i = 0; i < n; i++) L.stack[base + i] = cv[i + 1];
  const nres = readFile(L, base, n, f, 1);
  if (f.error) callerError(L, L.stack[base + 1] as string);
  if (L.stack[base] === undefined && f.closeAtEof) {
    closeFile(L, base, f);
    return 0;
  }
  return nres;
};

/** A lines iterator over the handle at argument 1 and the formats after it. */
function makeLines(L: LuaState, base: number, nargs: number): number {
  if (nargs > MAX_UPVAL) callerErr(L, ErrMsg.UNPACK);
  const it = newNative(L.G, "", linesIter);
  it.cvals = L.stack.slice(base, base + nargs);
  L.stack[base] = it;
  return 1;
}

// -- Methods ------------------------------------------------------------------------------

const methods: Record<string, NativeFn> = {
  close(L, base, nargs) {
    if (nargs >= 1) return closeFile(L, base, toFile(L, base, nargs));
    const out = fileOf(ioState(L.G).output)!;
    if (out.closed) callerErr(L, ErrMsg.IOCLFL);
    return closeFile(L, base, out);
  },
  read: (L, base, nargs) => readFile(L, base, nargs, toFile(L, base, nargs), 2),
  write: (L, base, nargs) => writeFile(L, base, nargs, toFile(L, base, nargs), 2),
  flush(L, base, nargs) {
    const f = toFile(L, base, nargs);
    return fileResult(L, base, f.flush(), f.lastError);
  },
  seek(L, base, nargs) {
    const f = toFile(L, base, nargs);
    const whence = checkOpt(L, base, nargs, 2, 1, ["set", "cur", "end"]);
    const o = arg(L, base, nargs, 3);
    let off = 0;
    if (typeof o === "number") off = Math.trunc(o);
    else if (o !== undefined) typeError(L, base, nargs, 3, "number");
    const pos = attempt(L, () => f.seek(whence, off));
    if (pos instanceof SysError || pos === null) return fileResult(L, base, false, f.lastError);
    L.stack[base] = pos;
    return 1;
  },
  setvbuf(L, base, nargs) {
    const f = toFile(L, base, nargs);
    const mode = checkOpt(L, base, nargs, 2, -1, ["full", "line", "no"]);
    const size = optInt(L, base, nargs, 3, LUAL_BUFFERSIZE);
    // The shared stdout buffer stands for stdout's FILE buffer.
    if (f === fileOf(ioState(L.G).stdout)) {
      L.G.out.setvbuf([StdBuf.FULL, StdBuf.LINE, StdBuf.NONE][mode]);
    } else {
      f.setvbuf([BufMode.FULL, BufMode.LINE, BufMode.NONE][mode], size);
    }
    return fileResult(L, base, true, null);
  },
  lines(L, base, nargs) {
    toFile(L, base, nargs);
    return makeLines(L, base, nargs);
  },
  /** A collected handle closes its file (not the standard ones). */
  __gc(L, base, nargs) {
    const f = toFileP(L, base, nargs);
    if (!f.closed && f.kind !== FileKind.STD) {
      ioState(L.G).open.delete(f);
      f.close();
    }
    return 0;
  },
  __tostring(L, base, nargs) {
    const f = toFileP(L, base, nargs);
    L.stack[base] = f.closed
      ? "file (closed)"
      : `file (${fmtAddr(objAddr(L.stack[base] as LuaUserdata))})`;
    return 1;
  },
};

// -- Library functions ----------------------------------------------------------------------

/** Opens a file for io.lines/io.input/io.output; failures are argument errors. */
function openOrRaise(L: LuaState, fname: string, mode: string): LuaUserdata {
  const f = attempt(L, () => fopen(fname, mode));
  if (f instanceof SysError) return argError(L, 1, `${fname}: ${f.text}`);
  return newHandle(L, f);
}

/** io.input/io.output: get or set a default file. */
function stdGetSet(which: "input" | "output", mode: string): NativeFn {
  return (L, base, nargs) => {
    const st = ioState(L.G);
    const v = arg(L, base, nargs, 1);
    if (v !== undefined) {
      if (v instanceof LuaUserdata) {
        toFile(L, base, nargs);
        st[which] = v;
      } else {
        st[which] = openOrRaise(L, checkStr(L, base, nargs, 1), mode);
      }
    }
    L.stack[base] = st[which];
    return 1;
  };
}

/** The default input or output, which must be open. */
function stdFile(L: LuaState, which: "input" | "output"): CFile {
  const f = fileOf(ioState(L.G)[which])!;
  if (f.closed) callerErr(L, ErrMsg.IOSTDCL);
  return f;
}

const lib: Record<string, NativeFn> = {
  open(L, base, nargs) {
    const fname = checkStr(L, base, nargs, 1);
    const mode = optStr(L, base, nargs, 2) ?? "r";
    const f = attempt(L, () => fopen(fname, mode));
    if (f instanceof SysError) return fileResult(L, base, false, f, fname);
    L.stack[base] = newHandle(L, f);
    return 1;
  },
  popen(L, base, nargs) {
    const cmd = checkStr(L, base, nargs, 1);
    const mode = optStr(L, base, nargs, 2) ?? "r";
    flushAll(L.G);
    const sink = L.G.io.stdout;
    const f = attempt(L, () => popen(cmd, mode, (b) => sink.write(b)));
    if (f instanceof SysError) return fileResult(L, base, false, f, cmd);
    L.stack[base] = newHandle(L, f);
    return 1;
  },
  tmpfile(L, base) {
    const f = attempt(L, () => tmpfile());
    if (f instanceof SysError) return fileResult(L, base, false, f);
    L.stack[base] = newHandle(L, f);
    return 1;
  },
  close: (L, base, nargs) => methods.close(L, base, nargs),
  read: (L, base, nargs) => readFile(L, base, nargs, stdFile(L, "input"), 1),
  write: (L, base, nargs) => writeFile(L, base, nargs, stdFile(L, "output"), 1),
  flush(L, base) {
    const f = stdFile(L, "output");
    return fileResult(L, base, f.flush(), f.lastError);
  },
  input: stdGetSet("input", "r"),
  output: stdGetSet("output", "w"),
  lines(L, base, nargs) {
    const st = ioState(L.G);
    if (nargs === 0) {
      L.stack[base] = undefined;
      nargs = 1;
    }
    const v = L.stack[base];
    if (v !== undefined) {
      const ud = openOrRaise(L, checkStr(L, base, nargs, 1), "r");
      fileOf(ud)!.closeAtEof = true;
      L.stack[base] = ud;
    } else {
      L.stack[base] = st.input;
    }
    return makeLines(L, base, nargs);
  },
  type(L, base, nargs) {
    const f = fileOf(checkAny(L, base, nargs, 1));
    L.stack[base] = f === null ? undefined : f.closed ? "closed file" : "file";
    return 1;
  },
};

// -- Standard files -----------------------------------------------------------------------

function stdinFile(G: GlobalState): CFile {
  const stdin: { readSync(p: Uint8Array): number | null; seekSync?: SeekFn } = G.io.stdin;
  const modes = [Deno.SeekMode.Start, Deno.SeekMode.Current, Deno.SeekMode.End];
  return new CFile(
    {
      read(max) {
        G.out.beforeInput();
        const p = new Uint8Array(max);
        const n = stdin.readSync(p);
        return n === null ? "" : bytesToStr(p.subarray(0, n));
      },
      write: () => {
        throw new SysError(9, "Bad file descriptor");
      },
      seek: (off, whence) => {
        if (stdin.seekSync === undefined) throw new SysError(29, "Illegal seek");
        return stdin.seekSync(off, modes[whence]);
      },
      close() {},
    },
    true,
    false,
    FileKind.STD,
  );
}

function stdoutFile(G: GlobalState): CFile {
  const f = new CFile(
    {
      read: () => {
        throw new SysError(9, "Bad file descriptor");
      },
      write: (s) => G.out.write(s),
      seek: () => {
        throw new SysError(29, "Illegal seek");
      },
      close() {},
      flush: () => G.out.flush(),
    },
    false,
    true,
    FileKind.STD,
  );
  f.setvbuf(BufMode.NONE, 0); // The shared output buffer does the buffering.
  return f;
}

function stderrFile(G: GlobalState): CFile {
  const f = new CFile(
    {
      read: () => {
        throw new SysError(9, "Bad file descriptor");
      },
      write: (s) => G.io.stderr.write(strToBytes(s)),
      seek: () => {
        throw new SysError(29, "Illegal seek");
      },
      close() {},
    },
    false,
    true,
    FileKind.STD,
  );
  f.setvbuf(BufMode.NONE, 0);
  return f;
}

export function open(L: LuaState): void {
  const G = L.G;
  const meta = new LuaTable();
  setFuncs(L, meta, "io_method", methods);
  meta.setStr("__index", meta);
  G.registry.setStr("FILE*", meta);
  const t = registerLib(L, "io", lib);
  const std = (f: CFile) => {
    const ud = new LuaUserdata(f);
    ud.mt = meta;
    return ud;
  };
  const stdin = std(stdinFile(G)), stdout = std(stdoutFile(G)), stderr = std(stderrFile(G));
  const st: IOState = {
    meta,
    stdin,
    stdout,
    stderr,
    input: stdin,
    output: stdout,
    open: new Set(),
  };
  G.libData.set("io", st);
  t.setStr("stdin", stdin);
  t.setStr("stdout", stdout);
  t.setStr("stderr", stderr);
}
