// Shared plumbing of the subcommands: where output goes, how errors reach the user.
import { type ByteSink, utf8ToStr } from "../core/bytes.ts";
import { strToBytes } from "../core/bytes.ts";
import type { StdioHint, StdoutSink } from "../core/stdout.ts";

/** Program name used in messages, where luajit says `luajit:`. */
export const PROGNAME = "ljts";

/** The process environment of one CLI invocation; tests pass captured sinks. */
export interface CliIO {
  /** Standard output; its `stdio` hint says how C would buffer it (default: a pipe's). */
  stdout: StdoutSink;
  stderr: ByteSink;
  /** Reads up to p.length bytes from standard input; null at end of input. */
  stdin: StdinReader;
}

/** Standard input; a regular file can also be repositioned (io.stdin:seek). */
export interface StdinReader {
  readSync(p: Uint8Array): number | null;
  seekSync?(offset: number, whence: Deno.SeekMode): number;
}

export function processIO(): CliIO {
  const stdout: StdoutSink = fdSink(Deno.stdout);
  stdout.stdio = stdioHint();
  return { stdout, stderr: fdSink(Deno.stderr), stdin: stdinReader() };
}

/**
 * Deno.stdin cannot seek; when it is a regular file (`< file`), the file is opened again
 * at the same offset so that io.stdin:seek works as on a C FILE.
 */
function stdinReader(): StdinReader {
  try {
    if (Deno.statSync("/proc/self/fd/0").isFile) {
      const info = Deno.readTextFileSync("/proc/self/fdinfo/0");
      const f = Deno.openSync("/proc/self/fd/0");
      f.seekSync(Number(/^pos:\s*(\d+)/m.exec(info)?.[1] ?? 0), Deno.SeekMode.Start);
      return f;
    }
  } catch { /* No /proc or no access: the plain stream. */ }
  return Deno.stdin;
}

/** How glibc buffers this process's stdout: by line on a terminal, else in st_blksize blocks. */
function stdioHint(): StdioHint {
  let blksize = 4096;
  try {
    blksize = Deno.statSync("/proc/self/fd/1").blksize ?? blksize;
  } catch { /* No /proc: the usual pipe size. */ }
  return { tty: Deno.stdout.isTerminal(), blksize };
}

/** Exit status of a process killed by SIGPIPE, as a shell reports it. */
const EXIT_SIGPIPE = 128 + 13;

/**
 * A sink writing to a file descriptor the way a C program's stdio ends up doing: a closed
 * pipe ends the process quietly as SIGPIPE would (`ljts … | head`), and other write errors
 * (a full disk) lose the data without a message.
 */
function fdSink(w: { writeSync(p: Uint8Array): number }): ByteSink {
  return {
    write(b: Uint8Array) {
      let off = 0;
      while (off < b.length) {
        try {
          off += w.writeSync(b.subarray(off));
        } catch (e) {
          if (e instanceof Deno.errors.BrokenPipe) Deno.exit(EXIT_SIGPIPE);
          return;
        }
      }
    },
  };
}

/** Writes a JS string (UTF-16; encoded as UTF-8) to a sink. */
export function writeText(sink: ByteSink, text: string): void {
  sink.write(strToBytes(utf8ToStr(text)));
}

/** A wrong invocation: printed as one line and exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Reads all of standard input. */
export function readAllStdin(io: CliIO): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const buf = new Uint8Array(65536);
  for (;;) {
    const n = io.stdin.readSync(buf);
    if (n === null || n === 0) break;
    chunks.push(buf.slice(0, n));
    size += n;
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** The "not built yet" answer of a subcommand or mode that does not exist yet. */
export function notBuilt(io: CliIO, what: string): number {
  writeText(io.stderr, `${PROGNAME}: ${what} is not built yet\n`);
  return 2;
}
