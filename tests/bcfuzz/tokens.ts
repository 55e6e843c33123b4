// Splits Lua source (valid or not) into lexemes for minimization: each unit is one token or
// comment with the whitespace after it, so that joining the units gives back the source.
// It follows LuaJIT's lexer closely enough to keep strings, long brackets and numbers whole;
// on broken input it degrades to smaller pieces rather than failing.

const isIdent = (c: string) => /[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 0x80;
const isSpace = (c: string) =>
  c === " " || c === "\t" || c === "\n" || c === "\r" ||
  c === "\f" || c === "\v";
const OPERATORS = ["...", "..", "==", "~=", "<=", ">=", "::"];

/** Level of a long bracket opening at `i` ("[", "="*, "["), or -1. */
function longBracketLevel(src: string, i: number): number {
  if (src[i] !== "[") return -1;
  let j = i + 1;
  while (src[j] === "=") j++;
  return src[j] === "[" ? j - i - 1 : -1;
}

/** End (exclusive) of the lexeme starting at i. */
function lexemeEnd(src: string, i: number): number {
  const c = src[i];
  if (c === "-" && src[i + 1] === "-") {
    const level = longBracketLevel(src, i + 2);
    if (level >= 0) {
      const close = src.indexOf(`]${"=".repeat(level)}]`, i + 4 + level);
      return close < 0 ? src.length : close + level + 2;
    }
    let j = i + 2;
    while (j < src.length && src[j] !== "\n" && src[j] !== "\r") j++;
    return j;
  }
  const level = longBracketLevel(src, i);
  if (level >= 0) {
    const close = src.indexOf(`]${"=".repeat(level)}]`, i + 2 + level);
    return close < 0 ? src.length : close + level + 2;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < src.length && src[j] !== c && src[j] !== "\n" && src[j] !== "\r") {
      j += src[j] === "\\" ? 2 : 1;
    }
    return Math.min(src.length, j + 1);
  }
  if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
    const exp = c === "0" && (src[i + 1] === "x" || src[i + 1] === "X") ? "p" : "e";
    let j = i + 1;
    while (
      j < src.length &&
      (isIdent(src[j]) || src[j] === "." ||
        ((src[j] === "-" || src[j] === "+") && src[j - 1].toLowerCase() === exp))
    ) j++;
    return j;
  }
  if (isIdent(c)) {
    let j = i + 1;
    while (j < src.length && isIdent(src[j])) j++;
    return j;
  }
  for (const op of OPERATORS) if (src.startsWith(op, i)) return i + op.length;
  return i + 1;
}

/** Units of the source: leading whitespace, then each lexeme with its trailing whitespace. */
export function tokenUnits(src: string): string[] {
  const units: string[] = [];
  let i = 0;
  while (i < src.length && isSpace(src[i])) i++;
  if (i > 0) units.push(src.slice(0, i));
  while (i < src.length) {
    let j = lexemeEnd(src, i);
    while (j < src.length && isSpace(src[j])) j++;
    units.push(src.slice(i, j));
    i = j;
  }
  return units;
}

/** Lines of the source, each with its line break. */
export function lineUnits(src: string): string[] {
  return src.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
