// Source pulled piece by piece (load with a reader function) compiles exactly as the
// whole text does, whatever the piece size, and reading stops where an error is found.
import assert from "node:assert/strict";
import { Lexer, LuaSyntaxError } from "../core/lex.ts";
import { parse, parseFrom } from "../core/parse.ts";
import { writeBytecode } from "../formats/bcwrite.ts";
import { bytesToStr } from "../core/bytes.ts";

/** The dump (with debug info) of a compiled chunk, or its syntax error message. */
function compile(build: () => ReturnType<typeof parse>): string {
  try {
    return bytesToStr(writeBytecode(build(), false));
  } catch (e) {
    if (e instanceof LuaSyntaxError) return "error: " + e.message;
    throw e;
  }
}

/** Compiles src handed out in pieces of `size` bytes; also returns how many were pulled. */
function compilePieces(src: string, size: number): [string, number] {
  let pos = 0, pulls = 0;
  const more = () => {
    pulls++;
    if (pos >= src.length) return null;
    pos += size;
    return src.slice(pos - size, pos);
  };
  const out = compile(() => {
    const lex = new Lexer("", "=test", more);
    if (lex.setup()) throw new Error("bytecode");
    return parseFrom(lex);
  });
  return [out, pulls];
}

const dir = new URL("./golden/bc/", import.meta.url);
const sources: string[] = [];
for (const e of Deno.readDirSync(dir)) {
  if (e.name.endsWith(".lua")) sources.push(e.name);
}
sources.sort();

Deno.test("lexer: every bc golden source compiles the same from pieces of 1, 2, 3, 7, 100 bytes", () => {
  let n = 0;
  for (const name of sources) {
    const src = bytesToStr(Deno.readFileSync(new URL(name, dir)));
    if (src.charCodeAt(0) === 0x1b) continue;
    const whole = compile(() => parse(src, "=test"));
    // As in LuaJIT, a UTF-8 BOM is only recognised whole within the first piece.
    const bom = src.startsWith("\xef\xbb\xbf");
    for (const size of bom ? [3, 7, 100] : [1, 2, 3, 7, 100]) {
      const [got] = compilePieces(src, size);
      assert.equal(got, whole, `${name} in pieces of ${size}`);
    }
    n++;
  }
  assert.ok(n > 100, `only ${n} sources`);
});

Deno.test("lexer: a syntax error stops pulling pieces", () => {
  const src = "local x = 1\nlocal y = = 2\n" + "-- padding\n".repeat(100);
  const [out, pulls] = compilePieces(src, 1);
  assert.equal(out, "error: test:2: unexpected symbol near '='");
  assert.ok(pulls < 30, `${pulls} pieces pulled`);
});

Deno.test("lexer: a token spread over many one-byte pieces", () => {
  const long = "x".repeat(50000);
  const [out] = compilePieces(`return "${long}", ${"9".repeat(400)}, [[${long}]]`, 1);
  assert.equal(
    out,
    compile(() => parse(`return "${long}", ${"9".repeat(400)}, [[${long}]]`, "=test")),
  );
});
