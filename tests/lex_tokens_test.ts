// The lexer's interface: tokens and their values, lines, look-ahead, chunk headers.
import assert from "node:assert/strict";
import { KCdata } from "../core/func.ts";
import {
  Lexer,
  LuaSyntaxError,
  TK_concat,
  TK_dots,
  TK_eof,
  TK_eq,
  TK_goto,
  TK_label,
  TK_local,
  TK_name,
  TK_number,
  TK_string,
} from "../core/lex.ts";

function tokens(src: string): [number, unknown, number][] {
  const lex = new Lexer(src, "=test");
  lex.setup();
  const out: [number, unknown, number][] = [];
  do {
    lex.next();
    out.push([lex.tok, lex.tok === TK_eof ? null : lex.tokval, lex.linenumber]);
  } while (lex.tok !== TK_eof);
  return out;
}

Deno.test("lexer: token kinds and values", () => {
  const toks = tokens('local x = 1 .. "a\\n" [[b]] ... :: goto == 0x10 y');
  assert.deepEqual(toks.map(([t]) => t), [
    TK_local,
    TK_name,
    0x3d,
    TK_number,
    TK_concat,
    TK_string,
    TK_string,
    TK_dots,
    TK_label,
    TK_goto,
    TK_eq,
    TK_number,
    TK_name,
    TK_eof,
  ]);
  assert.equal(toks[1][1], "x");
  assert.equal(toks[3][1], 1);
  assert.equal(toks[5][1], "a\n");
  assert.equal(toks[6][1], "b");
  assert.equal(toks[9][1], "goto"); // Reserved words carry their text too.
  assert.equal(toks[11][1], 16);
});

Deno.test("lexer: strings are byte strings", () => {
  const [[, v]] = tokens('"\\u{20AC}\\xff\\0"');
  assert.equal(v, "\xe2\x82\xac\xff\0");
});

Deno.test("lexer: 64-bit and imaginary literals are cdata", () => {
  const [[, a], [, b], [, c]] = tokens("1LL 0xffffffffffffffffULL 2.5i");
  assert(a instanceof KCdata && a.kind === "int64" && a.int === 1n);
  assert(b instanceof KCdata && b.kind === "uint64" && b.int === 0xffffffffffffffffn);
  assert(c instanceof KCdata && c.kind === "complex" && c.re === 0 && c.im === 2.5);
});

Deno.test("lexer: line numbers count \\n, \\r, \\r\\n and \\n\\r once each", () => {
  const lines = tokens("a\nb\r\nc\n\rd\re\n\nf").map(([, , l]) => l);
  assert.deepEqual(lines, [1, 2, 3, 4, 5, 7, 7]);
});

Deno.test("lexer: look-ahead does not consume the token", () => {
  const lex = new Lexer("a = b", "=test");
  lex.setup();
  lex.next();
  assert.equal(lex.lookahead(), 0x3d);
  assert.equal(lex.tok, TK_name);
  lex.next();
  assert.equal(lex.tok, 0x3d);
  lex.next();
  assert.equal(lex.tokval, "b");
});

Deno.test("lexer: chunk headers", () => {
  const bom = new Lexer("\xef\xbb\xbfx", "=t");
  assert.equal(bom.setup(), false);
  bom.next();
  assert.equal(bom.tokval, "x");
  const shebang = new Lexer("#!/bin/lua\ny", "=t");
  assert.equal(shebang.setup(), false);
  shebang.next();
  assert.equal(shebang.tokval, "y");
  assert.equal(shebang.linenumber, 2);
  assert.equal(new Lexer("\x1bLJ", "=t").setup(), true);
  assert.throws(() => new Lexer("#\n\x1bLJ", "=t").setup(), LuaSyntaxError);
});

Deno.test("lexer: token names in messages", () => {
  const lex = new Lexer("", "=t");
  assert.equal(lex.token2str(TK_eof), "<eof>");
  assert.equal(lex.token2str(TK_concat), "..");
  assert.equal(lex.token2str(0x2b), "+");
  assert.equal(lex.token2str(1), "char(1)");
});
