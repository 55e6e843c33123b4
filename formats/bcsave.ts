// Saving bytecode as `luajit -b` does (jit/bcsave.lua): a raw dump, C source or header
// text holding the dump as a byte array, or an object file (ELF, PE/COFF or Mach-O)
// exporting the dump under the symbol luaJIT_BC_<name>, byte for byte as luajit writes
// them for every architecture and OS it knows.
import type { Proto } from "../core/func.ts";
import { writeBytecode } from "./bcwrite.ts";

/** Prefix of the symbol that holds the dump in C text and object files. */
export const LJBC_PREFIX = "luaJIT_BC_";

/** Output file types by name or extension (`o` and `obj` are the same). */
export const BC_FILE_TYPES: Readonly<Record<string, BcFileType>> = {
  raw: "raw",
  c: "c",
  h: "h",
  o: "obj",
  obj: "obj",
};
export type BcFileType = "raw" | "c" | "h" | "obj";

interface ArchInfo {
  /** Endianness, word size, ELF machine, ELF flags, PE machine. */
  be: boolean;
  bits: 32 | 64;
  elfMachine: number;
  elfFlags?: number;
  peMachine?: number;
}

/** Architectures object files can be written for. */
export const BC_ARCHES: Readonly<Record<string, ArchInfo>> = {
  x86: { be: false, bits: 32, elfMachine: 3, peMachine: 0x14c },
  x64: { be: false, bits: 64, elfMachine: 62, peMachine: 0x8664 },
  arm: { be: false, bits: 32, elfMachine: 40, peMachine: 0x1c0 },
  arm64: { be: false, bits: 64, elfMachine: 183, peMachine: 0xaa64 },
  arm64be: { be: true, bits: 64, elfMachine: 183 },
  ppc: { be: true, bits: 32, elfMachine: 20 },
  mips: { be: true, bits: 32, elfMachine: 8, elfFlags: 0x50001006 },
  mipsel: { be: false, bits: 32, elfMachine: 8, elfFlags: 0x50001006 },
  mips64: { be: true, bits: 64, elfMachine: 8, elfFlags: 0x80000007 },
  mips64el: { be: false, bits: 64, elfMachine: 8, elfFlags: 0x80000007 },
  mips64r6: { be: true, bits: 64, elfMachine: 8, elfFlags: 0xa0000407 },
  mips64r6el: { be: false, bits: 64, elfMachine: 8, elfFlags: 0xa0000407 },
};

/** Operating systems object files can be written for; ELF OS ABI bytes where not 0. */
export const BC_OSES: Readonly<Record<string, { elfOsAbi: number }>> = {
  linux: { elfOsAbi: 0 },
  windows: { elfOsAbi: 0 },
  osx: { elfOsAbi: 0 },
  freebsd: { elfOsAbi: 9 },
  netbsd: { elfOsAbi: 2 },
  openbsd: { elfOsAbi: 12 },
  dragonfly: { elfOsAbi: 0 },
  solaris: { elfOsAbi: 6 },
};

/** A save request luajit refuses; the message is luajit's (without the `luajit: `). */
export class BcSaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BcSaveError";
  }
}

/** The architecture ljts writes for by default: it implements LuaJIT's x64 VM. */
export const NATIVE_ARCH = "x64";

/** The host OS under luajit's name for it. */
export function nativeOS(): string {
  const os = Deno.build.os;
  switch (os) {
    case "darwin":
      return "osx";
    case "windows":
    case "freebsd":
    case "netbsd":
    case "solaris":
      return os;
    case "illumos":
      return "solaris";
    default:
      return "linux";
  }
}

function lower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Validates a `-t`, `-a` or `-o` argument (case-insensitive), as bcsave's checkarg. */
export function checkFileType(s: string): BcFileType {
  const t = BC_FILE_TYPES[lower(s)];
  if (!t) throw new BcSaveError("unknown file type");
  return t;
}

export function checkArch(s: string): string {
  const a = lower(s);
  if (!Object.hasOwn(BC_ARCHES, a)) throw new BcSaveError("unknown architecture");
  return a;
}

export function checkOS(s: string): string {
  const o = lower(s);
  if (!Object.hasOwn(BC_OSES, o)) throw new BcSaveError("unknown OS name");
  return o;
}

/** The output type implied by an output file name's extension; raw when none matches. */
export function detectFileType(output: string): BcFileType {
  const m = /\.([A-Za-z]+)$/.exec(lower(output));
  return (m && BC_FILE_TYPES[m[1]]) || "raw";
}

/** A `-n` module name: letters, digits, `_`, `.` and `-`; `.` and `-` become `_`. */
export function checkModName(name: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new BcSaveError("bad module name");
  return name.replace(/[.-]/g, "_");
}

/**
 * The module name derived from an input file name (its base name without the last
 * extension, up to the first unusable character), or an error when there is none (no
 * input file, as with `-e`).
 */
export function detectModName(input: string | null): string {
  let name: string | null = null;
  if (input !== null) {
    let s = input;
    const tail = /[^/\\]+$/.exec(s);
    if (tail) s = tail[0];
    const head = /^(.*)\.[^.]*$/.exec(s);
    if (head) s = head[1];
    const m = /^[A-Za-z0-9_.-]+/.exec(s);
    name = m ? m[0] : null;
  }
  if (name === null) throw new BcSaveError("cannot derive module name, use -n name");
  return name.replace(/[.-]/g, "_");
}

export interface SaveOptions {
  /** Drop debug info (the default of `luajit -b`). */
  strip: boolean;
  type: BcFileType;
  /** Module name for c, h and obj output (after checkModName/detectModName). */
  modname: string;
  /** Target of object files: keys of BC_ARCHES and BC_OSES. */
  arch: string;
  os: string;
}

/** The bytes of the output file `luajit -b` writes for a function. */
export function saveBytecode(pt: Proto, opts: SaveOptions): Uint8Array {
  const dump = writeBytecode(pt, opts.strip);
  switch (opts.type) {
    case "raw":
      return dump;
    case "c":
    case "h":
      return new TextEncoder().encode(cText(opts.type, opts.modname, dump));
    case "obj":
      return objectFile(opts, dump);
  }
}

/** C source (`c`) or header (`h`) defining the dump as an array of bytes. */
function cText(type: "c" | "h", modname: string, s: Uint8Array): string {
  const sym = LJBC_PREFIX + modname;
  const out = type === "c"
    ? [
      '#ifdef __cplusplus\nextern "C"\n#endif\n#ifdef _WIN32\n__declspec(dllexport)\n#endif\n',
      `const unsigned char ${sym}[] = {\n`,
    ]
    : [`#define ${sym}_SIZE ${s.length}\nstatic const unsigned char ${sym}[] = {\n`];
  // Lines of comma-separated decimals, broken before a line would pass 78 columns.
  let line: string[] = [];
  let width = 0;
  for (const byte of s) {
    const b = String(byte);
    width += b.length + 1;
    if (width > 78) {
      out.push(line.join(",") + ",\n");
      line = [];
      width = b.length + 1;
    }
    line.push(b);
  }
  out.push(line.join(",") + "\n};\n");
  return out.join("");
}

function objectFile(opts: SaveOptions, s: Uint8Array): Uint8Array {
  const arch = BC_ARCHES[opts.arch];
  if (opts.os === "windows") return peObject(opts.arch, arch, opts.modname, s);
  if (opts.os === "osx") return machObject(opts.arch, opts.modname, s);
  return elfObject(arch, BC_OSES[opts.os].elfOsAbi, opts.modname, s);
}

/** A zero-filled image with typed stores in one byte order. */
class Image {
  readonly bytes: Uint8Array;
  private view: DataView;
  constructor(size: number, private le = true) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  u8(off: number, v: number): void {
    this.bytes[off] = v;
  }
  u16(off: number, v: number): void {
    this.view.setUint16(off, v & 0xffff, this.le);
  }
  u32(off: number, v: number): void {
    this.view.setUint32(off, v >>> 0, this.le);
  }
  u32be(off: number, v: number): void {
    this.view.setUint32(off, v >>> 0, false);
  }
  u64(off: number, v: number): void {
    this.view.setBigUint64(off, BigInt(v), this.le);
  }
  /** A string's bytes (ASCII here) followed by nothing: the image is zero-filled. */
  str(off: number, s: string): void {
    for (let i = 0; i < s.length; i++) this.bytes[off + i] = s.charCodeAt(i);
  }
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/** Layout of bcsave's ELF object: header, 6 section headers, 2 symbols, strings. */
const ELF_LAYOUT = {
  32: { hdr: 52, sect: 40, sym: 16 },
  64: { hdr: 64, sect: 64, sym: 24 },
} as const;

function elfObject(ai: ArchInfo, osabi: number, modname: string, s: Uint8Array): Uint8Array {
  const is64 = ai.bits === 64;
  const L = ELF_LAYOUT[ai.bits];
  const sectOfs = L.hdr, symOfs = sectOfs + 6 * L.sect, spaceOfs = symOfs + 2 * L.sym;
  const symname = LJBC_PREFIX + modname;
  const o = new Image(spaceOfs + 4096 + symname.length, !ai.be);
  // Word-sized fields: 64-bit fields in ELF64, 32-bit ones in ELF32.
  const word = is64
    ? (off: number, v: number) => o.u64(off, v)
    : (off: number, v: number) => o.u32(off, v);
  const W = is64 ? 8 : 4;
  o.str(0, "\x7fELF");
  o.u8(4, is64 ? 2 : 1);
  o.u8(5, ai.be ? 2 : 1);
  o.u8(6, 1);
  o.u8(7, osabi);
  o.u16(16, 1); // ET_REL
  o.u16(18, ai.elfMachine);
  o.u32(20, 1);
  // entry, phofs, shofs are words; flags and the 16-bit fields follow.
  word(24 + 2 * W, sectOfs);
  let p = 24 + 3 * W;
  o.u32(p, ai.elfFlags ?? 0);
  o.u16(p + 4, L.hdr);
  o.u16(p + 10, L.sect);
  o.u16(p + 12, 6);
  o.u16(p + 14, 2);
  // Section header fields: name, type (u32); flags, addr, ofs, size (words);
  // link, info (u32); align, entsize (words).
  const sect = (i: number) => {
    const b = sectOfs + i * L.sect;
    return {
      name: (v: number) => o.u32(b, v),
      type: (v: number) => o.u32(b + 4, v),
      flags: (v: number) => word(b + 8, v),
      ofs: (v: number) => word(b + 8 + 2 * W, v),
      size: (v: number) => word(b + 8 + 3 * W, v),
      link: (v: number) => o.u32(b + 8 + 4 * W, v),
      info: (v: number) => o.u32(b + 12 + 4 * W, v),
      align: (v: number) => word(b + 16 + 4 * W, v),
      entsize: (v: number) => word(b + 16 + 5 * W, v),
    };
  };
  let ofs = 1;
  const names = [".symtab", ".shstrtab", ".strtab", ".rodata", ".note.GNU-stack"];
  names.forEach((name, i) => {
    sect(i + 1).align(1);
    sect(i + 1).name(ofs);
    o.str(spaceOfs + ofs, name);
    ofs += name.length + 1;
  });
  const symtab = sect(1);
  symtab.type(2);
  symtab.link(3);
  symtab.info(1);
  symtab.align(8);
  symtab.ofs(symOfs);
  symtab.entsize(L.sym);
  symtab.size(2 * L.sym);
  // Symbol 1: name, value, size, info, other, section index (field order differs).
  p = symOfs + L.sym;
  o.u32(p, 1);
  if (is64) {
    o.u8(p + 4, 17);
    o.u16(p + 6, 4);
    o.u64(p + 16, s.length);
  } else {
    o.u32(p + 8, s.length);
    o.u8(p + 12, 17);
    o.u16(p + 14, 4);
  }
  sect(2).type(3);
  sect(2).ofs(spaceOfs);
  sect(2).size(ofs);
  sect(3).type(3);
  sect(3).ofs(spaceOfs + ofs);
  sect(3).size(symname.length + 2);
  o.str(spaceOfs + ofs + 1, symname);
  ofs += symname.length + 2;
  sect(4).type(1);
  sect(4).flags(2);
  sect(4).ofs(spaceOfs + ofs);
  sect(4).size(s.length);
  sect(5).type(1);
  sect(5).ofs(spaceOfs + ofs + s.length);
  return concat(o.bytes.subarray(0, spaceOfs + ofs), s);
}

/** Layout of bcsave's PE/COFF object (packed symbols of 18 bytes). */
const PE = { sect: 20, sym0: 100, strtabsize: 208, space: 212 } as const;

function peObject(archName: string, ai: ArchInfo, modname: string, s: Uint8Array): Uint8Array {
  if (ai.peMachine === undefined) {
    throw new BcSaveError(`unsupported architecture for Windows: ${archName}`);
  }
  const symname = LJBC_PREFIX + modname;
  const symexport = "   /EXPORT:" + symname + ",DATA ";
  const o = new Image(PE.space + symname.length + 1 + symexport.length);
  o.u16(0, ai.peMachine);
  o.u16(2, 2);
  o.u32(8, PE.sym0);
  o.u32(12, 6);
  const sym = (i: number) => PE.sym0 + 18 * i; // sym0, aux0, sym1, aux1, sym2, sym3
  const strofs = symname.length + 1;
  // .drectve section: the linker directive exporting the symbol.
  o.str(PE.sect, ".drectve");
  o.u32(PE.sect + 16, symexport.length);
  o.u32(PE.sect + 20, PE.space + strofs);
  o.u32(PE.sect + 36, 0x00100a00);
  // .rdata section: the dump.
  o.str(PE.sect + 40, ".rdata");
  o.u32(PE.sect + 40 + 16, s.length);
  o.u32(PE.sect + 40 + 20, PE.space + strofs + symexport.length);
  o.u32(PE.sect + 40 + 36, 0x40300040);
  // Symbol fields: name[8], value u32 @8, section i16 @12, type u16 @14, class @16, naux @17.
  o.str(sym(0), ".drectve");
  o.u16(sym(0) + 12, 1);
  o.u8(sym(0) + 16, 3);
  o.u8(sym(0) + 17, 1);
  o.u32(sym(1), symexport.length);
  o.str(sym(2), ".rdata");
  o.u16(sym(2) + 12, 2);
  o.u8(sym(2) + 16, 3);
  o.u8(sym(2) + 17, 1);
  o.u32(sym(3), s.length);
  o.u32(sym(4) + 4, 4); // Name at offset 4 of the string table.
  o.u16(sym(4) + 12, 2);
  o.u8(sym(4) + 16, 2);
  o.str(sym(5), "@feat.00"); // Marks the object as SafeSEH compliant.
  o.u32(sym(5) + 8, 1);
  o.u16(sym(5) + 12, 0xffff);
  o.u8(sym(5) + 16, 2);
  o.u32(PE.strtabsize, strofs + 4);
  o.str(PE.space, symname);
  o.str(PE.space + strofs, symexport);
  return concat(o.bytes, s);
}

/** Mach-O variants: thin 32-bit, thin 64-bit, and fat (two 32-bit-layout slices). */
const MACH = {
  x86: { fat: false, is64: false, align: 4, cputype: [7], cpusubtype: [3] },
  x64: { fat: false, is64: true, align: 8, cputype: [0x01000007], cpusubtype: [3] },
  arm: { fat: true, is64: false, align: 4, cputype: [7, 12], cpusubtype: [3, 9] },
  arm64: { fat: true, is64: true, align: 8, cputype: [0x01000007, 0x0100000c], cpusubtype: [3, 0] },
} as const;

function machObject(archName: string, modname: string, s: Uint8Array): Uint8Array {
  if (!Object.hasOwn(MACH, archName)) throw new BcSaveError("unsupported architecture for OSX");
  const m = MACH[archName as keyof typeof MACH];
  const symname = "_" + LJBC_PREFIX + modname;
  // The 64-bit structures are used only for thin x64; fat objects keep 32-bit ones.
  const wide = m.is64 && !m.fat;
  const hdrSize = wide ? 32 : 28, segSize = wide ? 72 : 56, secSize = wide ? 80 : 68;
  const symSize = 24, nlistSize = wide ? 16 : 12;
  const sliceSize = hdrSize + segSize + secSize + symSize;
  const archOfs = m.fat ? 8 + 20 * 2 : 0;
  const symEntry = archOfs + sliceSize * m.cputype.length;
  const spaceOfs = symEntry + nlistSize;
  const aligned = (v: number, a: number) => (v + a - 1) & -a;
  const machSize = aligned(spaceOfs + symname.length + 2, m.align);
  const o = new Image(machSize);
  if (m.fat) {
    o.u32be(0, 0xcafebabe);
    o.u32be(4, m.cputype.length);
  }
  for (let i = 0; i < m.cputype.length; i++) {
    const ofs = m.fat ? archOfs + i * sliceSize : 0;
    if (m.fat) {
      const fa = 8 + 20 * i;
      o.u32be(fa, m.cputype[i]);
      o.u32be(fa + 4, m.cpusubtype[i]);
      o.u32be(fa + 8, ofs);
      o.u32be(fa + 12, machSize - ofs + s.length);
    }
    const a = archOfs + i * sliceSize;
    o.u32(a, m.is64 ? 0xfeedfacf : 0xfeedface);
    o.u32(a + 4, m.cputype[i]);
    o.u32(a + 8, m.cpusubtype[i]);
    o.u32(a + 12, 1); // MH_OBJECT
    o.u32(a + 16, 2);
    o.u32(a + 20, segSize + secSize + symSize);
    const seg = a + hdrSize;
    o.u32(seg, m.is64 ? 0x19 : 0x1);
    o.u32(seg + 4, segSize + secSize);
    // vmaddr, vmsize, fileoff, filesize: 64-bit in the wide layout.
    const w = wide ? 8 : 4;
    const put = wide
      ? (off: number, v: number) => o.u64(off, v)
      : (off: number, v: number) => o.u32(off, v);
    put(seg + 24 + w, s.length);
    put(seg + 24 + 2 * w, machSize - ofs);
    put(seg + 24 + 3 * w, s.length);
    const prot = seg + 24 + 4 * w;
    o.u32(prot, 1);
    o.u32(prot + 4, 1);
    o.u32(prot + 8, 1);
    const sec = seg + segSize;
    o.str(sec, "__data");
    o.str(sec + 16, "__DATA");
    put(sec + 32 + w, s.length);
    o.u32(sec + 32 + 2 * w, machSize - ofs);
    const st = sec + secSize;
    o.u32(st, 2); // LC_SYMTAB
    o.u32(st + 4, symSize);
    o.u32(st + 8, symEntry - ofs);
    o.u32(st + 12, 1);
    o.u32(st + 16, symEntry + nlistSize - ofs);
    o.u32(st + 20, aligned(symname.length + 2, m.align));
  }
  o.u32(symEntry, 1);
  o.u8(symEntry + 4, 0xf);
  o.u8(symEntry + 5, 1);
  o.str(spaceOfs + 1, symname);
  return concat(o.bytes, s);
}
