// Debug info helpers shared by the compiler, the VM and the debug library.

/** Size of a short source name, including C's terminating NUL (LUA_IDSIZE). */
export const LUA_IDSIZE = 60;

/**
 * The short form of a chunk name used in messages: `=name` gives name (cut to 59 bytes),
 * `@file` gives the file name (its last 56 bytes behind "..." when long), and source text
 * gives `[string "first line..."]`. `builtin` marks a builtin function's pseudo-source.
 */
export function shortSrc(chunkname: string, builtin = false): string {
  const c0 = chunkname.charCodeAt(0);
  if (c0 === 0x3d /* = */) return chunkname.slice(1, LUA_IDSIZE);
  if (c0 === 0x40 /* @ */) {
    const name = chunkname.slice(1);
    return name.length >= LUA_IDSIZE ? "..." + name.slice(name.length - (LUA_IDSIZE - 4)) : name;
  }
  let len = 0;
  while (len < LUA_IDSIZE - 12 && len < chunkname.length && chunkname.charCodeAt(len) >= 0x20) {
    len++;
  }
  const open = builtin ? "[builtin:" : '[string "';
  const close = builtin ? "]" : '"]';
  if (len < chunkname.length) {
    return open + chunkname.slice(0, Math.min(len, LUA_IDSIZE - 15)) + "..." + close;
  }
  return open + chunkname + close;
}
