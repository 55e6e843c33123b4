// The generated inputs of the table_order golden suite are what the generator makes.
import assert from "node:assert/strict";
import { program } from "./golden/table_order_gen.ts";

const DIR = new URL("./golden/table_order/", import.meta.url).pathname;

Deno.test("table_order: gen_*.lua are the seeded generator's programs", () => {
  const names = [...Deno.readDirSync(DIR)].map((e) => e.name).filter((n) =>
    /^gen_\d+\.lua$/.test(n)
  );
  assert.equal(names.length, 50);
  for (const name of names) {
    const seed = Number(name.slice(4, -4));
    assert.equal(Deno.readTextFileSync(DIR + name), program(seed), name);
  }
});
