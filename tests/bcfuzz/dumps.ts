// Mutants of luajit's bytecode dumps, for `bc -l` on input that starts with ESC: header
// fields, ULEB128 numbers and lengths, constants and instructions bent and cut.
import type { Rng } from "./rng.ts";

const GOLDEN = new URL("../golden/", import.meta.url).pathname;

/** luajit's dumps among the golden files (byte strings). */
export function dumpSeeds(): string[] {
  const out: string[] = [];
  for (const [dir, ext] of [["bcdump", ".out"], ["bcdump_g", ".out"], ["bcdump_list", ".raw"]]) {
    for (const e of Deno.readDirSync(GOLDEN + dir)) {
      if (!e.name.endsWith(ext) || e.name.startsWith("bad_")) continue;
      let s = "";
      for (const b of Deno.readFileSync(`${GOLDEN}${dir}/${e.name}`)) s += String.fromCharCode(b);
      if (s.startsWith("\x1bLJ")) out.push(s);
    }
  }
  return out.sort();
}

/** A dump with 1 to 3 byte-level mutations, mostly near the header where fields are dense. */
export function mutateDump(dump: string, rng: Rng): string {
  let s = dump;
  const n = rng.chance(0.6) ? 1 : rng.range(2, 3);
  for (let m = 0; m < n; m++) {
    const at = rng.chance(0.5) ? rng.int(Math.min(s.length, 24)) : rng.int(s.length);
    const byte = () => String.fromCharCode(rng.pick([0, 1, 2, 0x7f, 0x80, 0xff, rng.int(256)]));
    switch (rng.int(7)) {
      case 0:
        s = s.slice(0, at) + byte() + s.slice(at + 1);
        break;
      case 1:
        s = s.slice(0, at) + String.fromCharCode(s.charCodeAt(at) ^ (1 << rng.int(8))) +
          s.slice(at + 1);
        break;
      case 2:
        s = s.slice(0, at) + byte() + s.slice(at);
        break;
      case 3:
        s = s.slice(0, at) + s.slice(at + rng.range(1, 4));
        break;
      case 4:
        s = s.slice(0, Math.max(4, at));
        break;
      case 5: // Lengthen a ULEB128 number: same value, more bytes (or a huge one).
        s = s.slice(0, at) + "\x80".repeat(rng.range(1, 6)) + s.slice(at);
        break;
      default:
        s = s.slice(0, at) + s.slice(at, at + rng.range(1, 16)) + s.slice(at);
    }
  }
  return s;
}
