// Standard output as C stdio buffers it, since luajit's output order is the spec: print,
// io.write and io.stdout share one FILE buffer; stderr is unbuffered. Into a pipe or a
// file the buffer is flushed in whole blocks of the file's st_blksize (glibc's BUFSIZ,
// 4096 for pipes) when a write does not fit; on a terminal it is line buffered. Other
// flushes are explicit (io.flush, the REPL prompt, exit), or before reading a terminal.
import type { ByteSink } from "./bytes.ts";

/** How C's stdio would buffer a sink: line buffered on a terminal, else in blocks. */
export interface StdioHint {
  tty: boolean;
  /** st_blksize of the file: the buffer size. */
  blksize: number;
}

/** A sink that may tell how C would buffer it (sinks without a hint act as pipes). */
export type StdoutSink = ByteSink & { stdio?: StdioHint };

export enum StdBuf {
  FULL,
  LINE,
  NONE,
}

/** glibc writes whole blocks past the buffer only for buffers of this size or more. */
const MIN_ALIGNED = 128;

export class StdoutBuffer {
  private parts: string[] = [];
  /** Bytes in the buffer. */
  private used = 0;
  mode: StdBuf;
  readonly size: number;

  constructor(public sink: StdoutSink) {
    const hint = sink.stdio ?? { tty: false, blksize: 4096 };
    this.mode = hint.tty ? StdBuf.LINE : StdBuf.FULL;
    this.size = hint.blksize > 0 ? hint.blksize : 4096;
  }

  write(s: string): void {
    const n = s.length;
    if (this.mode === StdBuf.FULL) {
      const space = this.size - this.used;
      if (n <= space) {
        this.parts.push(s);
        this.used += n;
        return;
      }
      // Fill the buffer and send it; whole blocks of the rest go straight out.
      this.parts.push(s.slice(0, space));
      this.emit(this.take());
      const rest = n - space;
      const direct = rest - (this.size >= MIN_ALIGNED ? rest % this.size : 0);
      if (direct > 0) this.emit(s.slice(space, space + direct));
      if (space + direct < n) {
        this.parts.push(s.slice(space + direct));
        this.used = n - space - direct;
      }
      return;
    }
    this.parts.push(s);
    this.used += n;
    if (this.mode === StdBuf.NONE) {
      this.flush();
    } else if (this.used >= this.size) {
      this.flush();
    } else if (s.includes("\n")) {
      // Line buffered: out through the last newline.
      const all = this.take();
      const nl = all.lastIndexOf("\n") + 1;
      this.emit(all.slice(0, nl));
      if (nl < all.length) {
        this.parts.push(all.slice(nl));
        this.used = all.length - nl;
      }
    }
  }

  flush(): void {
    if (this.used > 0) this.emit(this.take());
  }

  /** Reading a terminal or pipe first flushes line-buffered output (glibc). */
  beforeInput(): void {
    if (this.mode === StdBuf.LINE) this.flush();
  }

  /** setvbuf(stdout, NULL, mode, size): glibc keeps its buffer size; "no" flushes. */
  setvbuf(mode: StdBuf): void {
    if (mode === StdBuf.NONE) this.flush();
    this.mode = mode;
  }

  /** The buffered text, leaving the buffer empty. */
  private take(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.used = 0;
    return s;
  }

  private emit(s: string): void {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    this.sink.write(b);
  }
}
