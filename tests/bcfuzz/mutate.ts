// Mutations that turn a valid token list into (usually) invalid source: token deletion,
// duplication, swaps, replacement by stray tokens, truncation (also inside a token), broken
// numbers, escapes and long brackets, and constructs the parser rejects by meaning
// (vararg outside a vararg function, break outside a loop, bad gotos and labels).
import type { Rng } from "./rng.ts";

/** Tokens and fragments to drop in: keywords, punctuation, junk characters. */
const STRAY = [
  "end",
  "do",
  "then",
  "else",
  "elseif",
  "until",
  "local",
  "function",
  "return",
  "break",
  "goto",
  "in",
  "for",
  "=",
  "==",
  ",",
  ";",
  ":",
  "::",
  ".",
  "..",
  "...",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "+",
  "-",
  "#",
  "not",
  "nil",
  "@",
  "$",
  "!",
  "`",
  "?",
  "\\",
  "&",
  "|",
  "//",
  "~",
  "\x80",
  "\xff",
  "\x00",
  "\x01",
  "<<",
  "!=",
  "+=",
];

/** Broken literals and constructs, each one a lexer or parser error. */
const BROKEN = [
  "1e",
  "1e+",
  "0x",
  "0xg",
  "1..2",
  "3.4.5",
  "0x1p",
  "1.5LL",
  "1LLU",
  "3ii",
  "1f",
  "08x",
  "0b101",
  '"\\q"',
  '"\\x4"',
  '"\\xg0"',
  '"\\256"',
  '"\\999"',
  '"\\u{110000}"',
  '"\\u{D800}"',
  '"\\u41"',
  '"\\u{}"',
  '"\\u{41"',
  '"abc',
  "'abc\n'",
  '"a\rb"',
  "[=[ x ]]",
  "[==x",
  "[=",
  "]]",
  "--[[ unfinished",
  "--[==[ x ]=]",
  "::L::",
  "goto nowhere",
  "break",
  "...",
  "local function",
  "function f(a,)",
  "function f(...,a)",
  "f() = 1",
  "a.b:c = 1",
  "x, f() = 1, 2",
  "local a.b = 1",
  "return return",
  "goto continue",
  "::continue::",
  "for i = 1 do end",
  "for a.b in c do end",
  "for 1 = 2, 3 do end",
  "function() end",
  "local x <const> = 1",
  "a = b = c",
  "a = (b",
  "a = {",
  "if x then else elseif y then end",
];

/** Applies 1 to 3 mutations to a copy of the tokens. */
export function mutate(tokens: readonly string[], rng: Rng): string[] {
  const out = [...tokens];
  const n = rng.chance(0.7) ? 1 : rng.range(2, 3);
  for (let m = 0; m < n && out.length; m++) {
    const i = rng.int(out.length);
    switch (rng.int(10)) {
      case 0:
        out.splice(i, rng.range(1, 3));
        break;
      case 1:
        out.splice(i, 0, out[i]);
        break;
      case 2:
        if (i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1], out[i]];
        break;
      case 3:
        out[i] = rng.pick(STRAY);
        break;
      case 4:
        out.splice(i, 0, rng.pick(STRAY));
        break;
      case 5:
        out.length = i;
        break;
      case 6: {
        // Cut inside a token: unfinished strings, long brackets, numbers.
        const t = out[i];
        out[i] = t.slice(0, rng.int(Math.max(1, t.length)));
        out.length = i + 1;
        break;
      }
      case 7:
      case 8:
        out.splice(i, rng.int(2), rng.pick(BROKEN));
        break;
      default: // Swap two distant tokens.
      {
        const j = rng.int(out.length);
        [out[i], out[j]] = [out[j], out[i]];
      }
    }
  }
  return out;
}
