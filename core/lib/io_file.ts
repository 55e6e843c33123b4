// C stdio as the io library sees it, on Deno: FILE streams with glibc's buffering,
// fopen modes, fscanf("%lf") number reading, fgets lines, seeking, pipes (popen, run to
// completion since the VM is synchronous) and errno-style failures.
import { bytesToStr, strToBytes, strToUtf8 } from "../bytes.ts";
import { isSpace, scanNumber, STRSCAN_NUM, STRSCAN_OPT_TONUM } from "../strscan.ts";

/** A failed system call: errno and its strerror text (glibc's wording). */
export class SysError extends Error {
  constructor(readonly errno: number, readonly text: string) {
    super(text);
    this.name = "SysError";
  }
}

/** An allocation beyond LuaJIT's buffer limit: "not enough memory". */
export class MemoryError extends Error {
  constructor() {
    super("not enough memory");
    this.name = "MemoryError";
  }
}

/** Largest buffer LuaJIT allocates (LJ_MAX_BUF). */
export const MAX_BUF = 0x7fffff00;

/** A host access that Deno's permissions refuse: reported as a Lua error. */
export class PermissionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermissionError";
  }
}

const ERRNO: Record<string, [number, string]> = {
  EBADF: [9, "Bad file descriptor"],
  EINVAL: [22, "Invalid argument"],
  ESPIPE: [29, "Illegal seek"],
  ENOENT: [2, "No such file or directory"],
};

export function sysError(name: keyof typeof ERRNO): SysError {
  const [n, text] = ERRNO[name];
  return new SysError(n, text);
}

/** Converts a Deno error into a SysError (or PermissionError); other errors pass through. */
export function hostError(e: unknown): Error {
  if (e instanceof SysError || e instanceof PermissionError) return e;
  if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
    const m = /\(os error (\d+)\)/.exec((e as Error).message);
    if (!m) return new PermissionError((e as Error).message);
  }
  if (e instanceof Error) {
    const m = /^(.*?) \(os error (\d+)\)/.exec(e.message);
    if (m) return new SysError(Number(m[2]), m[1]);
    const code = (e as { code?: string }).code;
    if (code && code in ERRNO) return sysError(code as keyof typeof ERRNO);
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** Runs a host operation, turning its failures into SysError/PermissionError. */
export function host<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw hostError(e);
  }
}

/** The OS side of a stream, in Lua byte strings. Methods throw for failed calls. */
export interface Backend {
  /** Reads up to max bytes; "" at end of input. */
  read(max: number): string;
  write(s: string): void;
  /** Repositions (whence 0 set, 1 current, 2 end); returns the new offset. */
  seek(off: number, whence: number): number;
  close(): void;
  /** Pushes data further on after the stream's own buffer was written (stdout). */
  flush?(): void;
}

const BLOCK = 4096; // glibc's buffer size for files (st_blksize).
const LUAL_BUFFERSIZE = 8192; // LuaJIT's line buffer start size (BUFSIZ).

export const enum BufMode {
  FULL = 0,
  LINE = 1,
  NONE = 2,
}

export const enum FileKind {
  FILE = 0,
  PIPE = 1,
  STD = 2,
}

/** A stdio FILE. */
export class CFile {
  /** Unread buffered input (bytes as chars) and the read position in it. */
  private rbuf = "";
  private rpos = 0;
  /** Buffered output not yet written. */
  private wbuf: string[] = [];
  private wlen = 0;
  private bufMode = BufMode.FULL;
  private bufSize = BLOCK;
  /** ferror / feof. */
  error = false;
  eof = false;
  /** errno of the last failure. */
  lastError: SysError | null = null;
  closed = false;
  /** io.lines(name) closes its file at the end. */
  closeAtEof = false;

  constructor(
    public backend: Backend,
    readonly canRead: boolean,
    readonly canWrite: boolean,
    readonly kind: FileKind,
  ) {}

  setvbuf(mode: BufMode, size: number): void {
    this.flush();
    this.bufMode = mode;
    this.bufSize = size > 0 ? size : BLOCK;
  }

  clearerr(): void {
    this.error = false;
    this.eof = false;
  }

  private fail(e: unknown): void {
    const err = hostError(e);
    if (!(err instanceof SysError)) throw err;
    this.error = true;
    this.lastError = err;
  }

  // -- Output ---------------------------------------------------------------

  /** fflush: writes out the buffered output, and on through the backend; false on failure. */
  flush(): boolean {
    if (!this.drain()) return false;
    try {
      this.backend.flush?.();
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  /** Hands the buffered output to the backend (a full or line buffer going out). */
  private drain(): boolean {
    if (this.wlen === 0) return true;
    try {
      const s = this.wbuf.length === 1 ? this.wbuf[0] : this.wbuf.join("");
      this.wbuf = [];
      this.wlen = 0;
      this.backend.write(s);
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  /** fwrite: buffered as glibc does (whole blocks of large writes go straight out). */
  write(s: string): boolean {
    if (!this.canWrite) {
      this.fail(sysError("EBADF"));
      return false;
    }
    this.dropReadBuffer();
    if (s.length === 0) return true;
    if (this.bufMode === BufMode.NONE) {
      this.wbuf.push(s);
      this.wlen += s.length;
      return this.drain();
    }
    const space = this.bufSize - this.wlen;
    if (s.length <= space) {
      this.wbuf.push(s);
      this.wlen += s.length;
      if (this.bufMode === BufMode.LINE && s.includes("\n")) return this.drain();
      return true;
    }
    this.wbuf.push(s.slice(0, space));
    this.wlen += space;
    if (!this.drain()) return false;
    let rest = s.slice(space);
    const direct = rest.length - (rest.length % this.bufSize);
    if (direct > 0) {
      try {
        this.backend.write(rest.slice(0, direct));
      } catch (e) {
        this.fail(e);
        return false;
      }
      rest = rest.slice(direct);
    }
    if (rest.length) {
      this.wbuf.push(rest);
      this.wlen = rest.length;
    }
    return true;
  }

  // -- Input ----------------------------------------------------------------

  /** Moves the OS position back to the logical one when switching to writing. */
  private dropReadBuffer(): void {
    const unread = this.rbuf.length - this.rpos;
    this.rbuf = "";
    this.rpos = 0;
    if (unread > 0) {
      try {
        this.backend.seek(-unread, 1);
      } catch { /* Pipes cannot go back; the data is dropped as stdio would. */ }
    }
  }

  /** Refills the read buffer; false at end of input or on error. */
  private fill(): boolean {
    if (!this.canRead) {
      this.fail(sysError("EBADF"));
      return false;
    }
    if (this.wlen > 0 && !this.flush()) return false;
    let data: string;
    try {
      data = this.backend.read(BLOCK);
    } catch (e) {
      this.fail(e);
      return false;
    }
    if (data.length === 0) {
      this.eof = true;
      return false;
    }
    this.rbuf = this.rbuf.slice(this.rpos) + data;
    this.rpos = 0;
    return true;
  }

  /** Next byte, or -1 at end of input or on error. */
  getc(): number {
    if (this.rpos >= this.rbuf.length && !this.fill()) return -1;
    return this.rbuf.charCodeAt(this.rpos++);
  }

  /** Pushes back the byte just read (c >= 0). */
  ungetc(c: number): void {
    if (c >= 0) this.rpos--;
  }

  /** fgets: up to max-1 bytes, ending after a newline; null at end of input. */
  fgets(max: number): string | null {
    let out = "";
    while (out.length < max - 1) {
      if (this.rpos >= this.rbuf.length && !this.fill()) break;
      const want = max - 1 - out.length;
      const end = Math.min(this.rbuf.length, this.rpos + want);
      const nl = this.rbuf.indexOf("\n", this.rpos);
      if (nl >= 0 && nl < end) {
        out += this.rbuf.slice(this.rpos, nl + 1);
        this.rpos = nl + 1;
        return out;
      }
      out += this.rbuf.slice(this.rpos, end);
      this.rpos = end;
    }
    return out.length > 0 ? out : null;
  }

  /**
   * A line as LuaJIT reads it: fgets into a growing buffer whose length is taken with
   * strlen, so bytes from a NUL to the end of each fgets chunk are lost. The newline is
   * kept with `keepNewline`. Null when nothing (of nonzero length) was read.
   */
  readLine(keepNewline: boolean): string | null {
    let m = LUAL_BUFFERSIZE, buf = "", ok = false;
    for (;;) {
      const chunk = this.fgets(m - buf.length);
      if (chunk === null) break;
      const nul = chunk.indexOf("\0");
      buf += nul >= 0 ? chunk.slice(0, nul) : chunk;
      if (buf.length) ok = true;
      if (buf.length && buf.charCodeAt(buf.length - 1) === 0x0a) {
        if (!keepNewline) buf = buf.slice(0, -1);
        break;
      }
      if (buf.length >= m - 64) m += m;
    }
    return ok ? buf : null;
  }

  /** Everything up to the end of input. */
  readAll(): string {
    const parts: string[] = [this.rbuf.slice(this.rpos)];
    this.rbuf = "";
    this.rpos = 0;
    while (this.fill()) {
      parts.push(this.rbuf);
      this.rbuf = "";
    }
    return parts.join("");
  }

  /** Up to n bytes (fewer at the end of input). */
  readN(n: number): string {
    let have = this.rbuf.length - this.rpos;
    while (have < n && this.fill()) have = this.rbuf.length - this.rpos;
    const take = Math.min(n, have);
    const s = this.rbuf.slice(this.rpos, this.rpos + take);
    this.rpos += take;
    return s;
  }

  /**
   * fscanf("%lf"): skips white space and consumes the longest prefix the scanner accepts,
   * with one byte of pushback as glibc has; null when no number could be converted.
   */
  readNumber(): number | null {
    let c = this.getc();
    while (c >= 0 && isSpace(c)) c = this.getc();
    let text = "";
    if (c === 0x2b || c === 0x2d) {
      text += String.fromCharCode(c);
      c = this.getc();
      if (c < 0) return null;
    }
    const lower = c | 0x20;
    if (lower === 0x6e /* n */ || lower === 0x69 /* i */) {
      // "nan", "inf" or "infinity": a mismatching byte is consumed, not pushed back.
      const word = lower === 0x6e ? "nan" : "inf";
      for (let i = 1; i < 3; i++) if ((this.getc() | 0x20) !== word.charCodeAt(i)) return null;
      if (word === "inf") {
        const d = this.getc();
        if ((d | 0x20) === 0x69) {
          for (const ch of "nity") if ((this.getc() | 0x20) !== ch.charCodeAt(0)) return null;
        } else this.ungetc(d);
        return text === "-" ? -Infinity : Infinity;
      }
      return NaN;
    }
    let hex = false, digits = 0, dot = false, exp = false;
    // Collect what glibc's scanner accepts: digits, one '.', an exponent after a digit.
    if (c === 0x30) {
      text += "0";
      c = this.getc();
      if ((c | 0x20) === 0x78 /* x */) {
        hex = true;
        text += "x";
        c = this.getc();
      } else digits++;
    }
    for (;; c = this.getc()) {
      const isDig = c >= 0x30 && c <= 0x39;
      const isHex = hex && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
      if (!exp && (isDig || isHex)) digits++;
      else if (exp && isDig) { /* Exponent digits. */ }
      else if (c === 0x2e && !dot && !exp) dot = true;
      else if (!exp && digits > 0 && (c | 0x20) === (hex ? 0x70 : 0x65)) {
        exp = true;
        text += String.fromCharCode(c);
        c = this.getc();
        if (c !== 0x2b && c !== 0x2d) {
          this.ungetc(c);
          continue;
        }
      } else break;
      text += String.fromCharCode(c);
    }
    this.ungetc(c);
    // Nothing but a sign or a bare "0x" fails; otherwise strtod converts the longest
    // prefix it accepts and fails only if that is empty.
    const body = text.replace(/^[+-]/, "");
    if (body === "" || (hex && body.length === 2)) return null;
    const neg = text.startsWith("-");
    if (hex) {
      const m = /^0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?/.exec(body);
      if (m) {
        const r = scanNumber(m[0], STRSCAN_OPT_TONUM);
        const v = r.fmt === STRSCAN_NUM ? r.n : 0;
        return neg ? -v : v;
      }
      return neg ? -0 : 0; // Only the leading "0" converts.
    }
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(body);
    if (!m) return null;
    const v = Number(m[0]);
    return neg ? -v : v;
  }

  // -- Positioning and closing ------------------------------------------------

  /** fseeko + ftello: the new position, or null on failure (lastError set). */
  seek(whence: number, off: number): number | null {
    if (!this.flush()) return null;
    try {
      if (whence === 1) off -= this.rbuf.length - this.rpos;
      this.rbuf = "";
      this.rpos = 0;
      this.eof = false;
      const pos = this.backend.seek(off, whence);
      return pos;
    } catch (e) {
      this.fail(e);
      return null;
    }
  }

  /** fclose: flushes and closes; false when the flush or close failed. */
  close(): boolean {
    let ok = this.flush();
    try {
      this.backend.close();
    } catch (e) {
      this.fail(e);
      ok = false;
    }
    this.closed = true;
    return ok;
  }
}

// -- Opening --------------------------------------------------------------

/** A Deno file as a backend. */
export function fsBackend(f: Deno.FsFile): Backend {
  const modes = [Deno.SeekMode.Start, Deno.SeekMode.Current, Deno.SeekMode.End];
  return {
    read(max) {
      const p = new Uint8Array(max);
      const n = f.readSync(p) ?? 0;
      return bytesToStr(p.subarray(0, n));
    },
    write(s) {
      const b = strToBytes(s);
      let off = 0;
      while (off < b.length) off += f.writeSync(b.subarray(off));
    },
    seek: (off, whence) => f.seekSync(off, modes[whence]),
    close: () => f.close(),
  };
}

/** Parses an fopen mode as glibc does: r/w/a first, then '+', 'x', others ignored. */
export function parseMode(mode: string): Deno.OpenOptions | null {
  const m0 = mode[0];
  if (m0 !== "r" && m0 !== "w" && m0 !== "a") return null;
  let plus = false, excl = false;
  for (let i = 1; i < 7 && i < mode.length; i++) {
    const c = mode[i];
    if (c === "\0") break;
    if (c === "+") plus = true;
    else if (c === "x") excl = true;
  }
  if (m0 === "r") return { read: true, write: plus };
  if (m0 === "w") {
    return excl
      ? { read: plus, write: true, createNew: true }
      : { read: plus, write: true, create: true, truncate: true };
  }
  return { read: plus, append: true, create: true, createNew: excl };
}

/** fopen: a CFile, or throws SysError (EINVAL for a bad mode) / PermissionError. */
export function fopen(name: string, mode: string): CFile {
  const opts = parseMode(mode);
  if (!opts) throw sysError("EINVAL");
  const f = host(() => Deno.openSync(strToUtf8(name), opts));
  return new CFile(
    fsBackend(f),
    opts.read === true,
    opts.write === true || opts.append === true,
    FileKind.FILE,
  );
}

/** tmpfile: an anonymous file opened "w+", gone when closed. */
export function tmpfile(): CFile {
  const path = host(() => Deno.makeTempFileSync());
  const f = host(() => Deno.openSync(path, { read: true, write: true }));
  host(() => Deno.removeSync(path));
  return new CFile(fsBackend(f), true, true, FileKind.FILE);
}

/** A backend reading from a fixed byte string (a finished pipe). */
export function stringBackend(data: string): Backend {
  let pos = 0;
  return {
    read(max) {
      const s = data.slice(pos, pos + max);
      pos += s.length;
      return s;
    },
    write: () => {
      throw sysError("EBADF");
    },
    seek: () => {
      throw sysError("ESPIPE");
    },
    close() {},
  };
}

/** system(): runs `sh -c cmd`; returns its wait status and its output. */
export function runShell(
  cmd: string,
  stdin?: Uint8Array,
): { status: number; stdout: Uint8Array } {
  let script = strToUtf8(cmd);
  let path: string | null = null;
  if (stdin) {
    // A synchronous run cannot feed a pipe: the input goes through a temporary file.
    const p = host(() => Deno.makeTempFileSync());
    path = p;
    host(() => Deno.writeFileSync(p, stdin));
    script = `exec < '${p}'; ${script}`;
  }
  try {
    const out = host(() =>
      new Deno.Command("/bin/sh", {
        args: ["-c", script],
        stdin: "inherit",
        stdout: "piped",
        stderr: "inherit",
      }).outputSync()
    );
    const status = out.signal ? SIGNALS[out.signal] ?? 0 : (out.code & 0xff) << 8;
    return { status, stdout: out.stdout };
  } finally {
    if (path !== null) {
      try {
        Deno.removeSync(path);
      } catch { /* Already gone. */ }
    }
  }
}

const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
};

/**
 * popen: "r" runs the command now and reads its output; "w" collects what is written and
 * runs the command with it as input at close, its output going to `out`.
 */
export function popen(cmd: string, mode: string, out: (b: Uint8Array) => void): CFile {
  // glibc's popen: 'r' or 'w' (not both), 'e' anywhere, up to a NUL; else EINVAL.
  let read = false, write = false;
  for (const ch of mode.split("\0", 1)[0]) {
    if (ch === "r") read = true;
    else if (ch === "w") write = true;
    else if (ch !== "e") throw sysError("EINVAL");
  }
  if (read === write) throw sysError("EINVAL");
  if (read) {
    const r = runShell(cmd);
    return new CFile(stringBackend(bytesToStr(r.stdout)), true, false, FileKind.PIPE);
  }
  const chunks: string[] = [];
  const backend: Backend = {
    read: () => {
      throw sysError("EBADF");
    },
    write: (s) => void chunks.push(s),
    seek: () => {
      throw sysError("ESPIPE");
    },
    close() {
      out(runShell(cmd, strToBytes(chunks.join(""))).stdout);
    },
  };
  return new CFile(backend, false, true, FileKind.PIPE);
}

/** A read format: a string ("*n", "*l", "*L", "*a", with or without '*'), or a count. */
export type ReadFormat = string | number | { other: true };

/**
 * file:read/io.read over a CFile: one result per format, the last one nil (null) where
 * a read failed; reading stops at the first failure. With no formats, reads a line.
 * `argError(n, msg)` raises for bad formats (n is the Lua argument number of the format,
 * `first` that of the first format). Returns null when the stream had an I/O error
 * (the caller reports lastError).
 */
export function readFormats(
  f: CFile,
  fmts: ReadFormat[],
  first: number,
  argError: (n: number, msg: string) => never,
): (string | number | null)[] | null {
  f.clearerr();
  const out: (string | number | null)[] = [];
  let ok = true;
  if (fmts.length === 0) {
    const line = f.readLine(false);
    out.push(line ?? "");
    ok = line !== null;
  } else {
    for (let i = 0; i < fmts.length && ok; i++) {
      const fmt = fmts[i];
      if (typeof fmt === "string") {
        const c = fmt.charCodeAt(fmt.charCodeAt(0) === 0x2a /* * */ ? 1 : 0);
        if (c === 0x6e /* n */) {
          const n = f.readNumber();
          out.push(n);
          ok = n !== null;
        } else if ((c & ~0x20) === 0x4c /* l or L */) {
          const line = f.readLine(c === 0x4c);
          out.push(line ?? "");
          ok = line !== null;
        } else if (c === 0x61 /* a */) {
          out.push(f.readAll());
        } else {
          argError(first + i, "invalid format");
        }
      } else if (typeof fmt === "number") {
        const n = fmt >>> 0;
        if (n > MAX_BUF) throw new MemoryError();
        if (n === 0) {
          const c = f.getc();
          f.ungetc(c);
          out.push("");
          ok = c >= 0;
        } else {
          const s = f.readN(n);
          out.push(s);
          ok = s.length > 0;
        }
      } else {
        argError(first + i, "invalid option");
      }
    }
  }
  if (f.error) return null;
  if (!ok) out[out.length - 1] = null;
  return out;
}
