// Turns a token list into source text with varied whitespace, line endings and comments
// (which also move line numbers around), never merging two tokens into a different one.
import { ATTACH } from "./gen_expr.ts";
import type { Rng } from "./rng.ts";

const SEPARATORS: Record<string, number> = {
  " ": 60,
  "": 15,
  "\n": 12,
  "\t": 3,
  "\r\n": 2,
  "\r": 1,
  "\n\r": 1,
  "\n\n": 2,
  " --c\n": 2,
  " --[[x\ny]] ": 1,
  " --[==[ ]] ]==]": 1,
  " --\r\n": 1,
  "\f": 0.5,
  "\v": 0.5,
};
/** Separators allowed before call parentheses (a line break there is ambiguous syntax). */
const SAME_LINE: Record<string, number> = { " ": 5, "": 5, "\t": 1, " --[[c]] ": 1 };

const isWord = (c: string) => /[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 0x80;
const isDigit = (c: string) => c >= "0" && c <= "9";

/** Character pairs that the lexer would read as (the start of) one longer token. */
const JOINING = new Set(["--", "..", "==", "<=", ">=", "~=", "[[", "[=", "::"]);

/** Whether two tokens can be written with nothing between them. */
export function canGlue(a: string, b: string): boolean {
  if (!a.length || !b.length) return true;
  const x = a[a.length - 1], y = b[0];
  if (isWord(x) && isWord(y)) return false;
  if (JOINING.has(x + y)) return false;
  if (x === "." && isDigit(y)) return false;
  // A number swallows following identifier characters and dots.
  if ((isDigit(a[0]) || (a[0] === "." && isDigit(a[1] ?? ""))) && (isWord(y) || y === ".")) {
    return false;
  }
  return true;
}

/** Source text of tokens; `loose` also lets line breaks fall before call parentheses. */
export function render(tokens: readonly string[], rng: Rng, loose = false): string {
  let out = "";
  let prev = "";
  for (const raw of tokens) {
    const attach = raw.startsWith(ATTACH);
    const tok = attach ? raw.slice(1) : raw;
    if (!tok.length) continue;
    if (out.length) {
      let sep = rng.weighted(attach && !loose ? SAME_LINE : SEPARATORS);
      if (sep === "" && !canGlue(prev, tok)) sep = " ";
      out += sep;
    }
    out += tok;
    prev = tok;
  }
  return out + rng.pick(["\n", "", "\n\n", "\r\n", " "]);
}
