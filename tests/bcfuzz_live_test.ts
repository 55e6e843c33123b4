// With luajit available: generated programs (valid ones, and invalid ones derived from them)
// are listed by `ljts bc -l` exactly as by `luajit -bl`: same listing, message and exit
// status. The seeds are fixed; tests/bcfuzz/run.ts runs larger campaigns and minimizes.
import assert from "node:assert/strict";
import { strToBytes } from "../core/bytes.ts";
import { classify, LUAJIT, runLjts, runLuajit } from "./bcfuzz/compare.ts";
import { generate, generateInvalid } from "./bcfuzz/gen.ts";
import { probes } from "./bcfuzz/probes.ts";
import { programSeed } from "./bcfuzz/rng.ts";

const SEED = 20240601;
const COUNT = 150;
const SIZE = 40;

async function haveLuajit(): Promise<boolean> {
  try {
    return (await new Deno.Command(LUAJIT, { args: ["-v"], stdout: "null" }).output()).success;
  } catch {
    return false;
  }
}

const live = await haveLuajit();
if (!live) console.log(`bcfuzz live checks skipped: ${LUAJIT} cannot be run`);

const MODES = [
  { name: "valid", make: generate },
  { name: "invalid", make: generateInvalid },
];

for (const mode of MODES) {
  Deno.test({
    name: `bcfuzz: ${COUNT} generated ${mode.name} programs, ljts bc -l = luajit -bl`,
    ignore: !live,
    fn: async () => {
      const dir = await Deno.makeTempDir({ prefix: "bcfuzz" });
      const failures: string[] = [];
      try {
        for (let i = 0; i < COUNT; i++) {
          const seed = programSeed(SEED, i);
          const file = `${dir}/p.lua`;
          await Deno.writeFile(file, strToBytes(mode.make(seed, SIZE)));
          const [exp, act] = await Promise.all([runLuajit(file), runLjts(file)]);
          const kind = classify(exp, act, file);
          if (kind) failures.push(`program seed ${seed}: ${kind}`);
        }
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
      const flags = `--seed ${SEED} --count ${COUNT} --size ${SIZE}` +
        (mode.name === "invalid" ? " --invalid" : "");
      assert.deepEqual(
        failures,
        [],
        `tests/bcfuzz/run.ts ${flags} OUTDIR reproduces and minimizes these`,
      );
    },
  });
}

Deno.test({
  name: "bcfuzz: edge-case probes, ljts bc -l = luajit -bl",
  ignore: !live,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "bcfuzz" });
    const failures: string[] = [];
    try {
      for (const probe of probes(false)) {
        const file = `${dir}/${probe.name}.lua`;
        await Deno.writeFile(file, strToBytes(probe.src));
        const [exp, act] = await Promise.all([runLuajit(file), runLjts(file)]);
        const kind = classify(exp, act, file);
        if (kind) failures.push(`${probe.name}: ${kind}`);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
    assert.deepEqual(failures, [], "tests/bcfuzz/run.ts --probes OUTDIR minimizes these");
  },
});
