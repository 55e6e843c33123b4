// The byte buffer behind string.buffer objects: unread data from `r` to the end of `s`.
import type { LuaTable } from "../table.ts";

export class SBuf {
  /** Contents; bytes before `r` have been read. */
  s = "";
  r = 0;
  /** Serialization dictionaries (buffer.new options `dict` and `metatable`). */
  dictStr: LuaTable | null = null;
  dictMt: LuaTable | null = null;

  get length(): number {
    return this.s.length - this.r;
  }

  /** The unread data. */
  toString(): string {
    return this.r === 0 ? this.s : this.s.slice(this.r);
  }

  put(x: string): void {
    if (this.r === this.s.length) {
      this.s = x;
      this.r = 0;
    } else {
      this.s += x;
    }
  }

  /** Reads up to n bytes. */
  get(n: number): string {
    const end = Math.min(this.s.length, this.r + n);
    const out = this.s.slice(this.r, end);
    this.r = end;
    if (this.r === this.s.length) this.reset();
    else if (this.r > 65536 && this.r * 2 > this.s.length) this.compact();
    return out;
  }

  skip(n: number): void {
    if (n < this.length) this.r += n;
    else this.reset();
  }

  /** Replaces the contents. */
  set(x: string): void {
    this.s = x;
    this.r = 0;
  }

  reset(): void {
    this.s = "";
    this.r = 0;
  }

  private compact(): void {
    this.s = this.s.slice(this.r);
    this.r = 0;
  }
}
