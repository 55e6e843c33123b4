// With luajit on PATH, re-runs the oracle on a sample of every golden suite and checks that
// the committed expected outputs are still what it prints.
import {
  allSuites,
  compareOutcome,
  enterRoot,
  readExpected,
  runOracle,
  suiteCases,
} from "./golden/harness.ts";
import { UNSTABLE_ORACLE } from "./golden/suites.ts";

const SAMPLE = 12;

async function haveLuajit(): Promise<boolean> {
  try {
    return (await new Deno.Command("luajit", { args: ["-v"], stdout: "null" }).output()).success;
  } catch {
    return false;
  }
}

const live = await haveLuajit();
if (!live) console.log("golden live re-check skipped: luajit is not on PATH");
enterRoot();
for (const suite of allSuites()) {
  const cases = suiteCases(suite);
  if (cases.length === 0) continue;
  Deno.test({
    name: `golden live re-check: ${suite.dir} (${Math.min(SAMPLE, cases.length)} sampled)`,
    ignore: !live,
    async fn() {
      // Evenly spread sample, stable from run to run.
      const step = Math.max(1, Math.floor(cases.length / SAMPLE));
      const problems: string[] = [];
      for (let i = 0; i < cases.length && problems.length < 5; i += step) {
        const unstable = UNSTABLE_ORACLE.get(cases[i].input);
        if (unstable) {
          console.log(
            `live re-check leaves out ${
              cases[i].input
            }: luajit is not deterministic there (${unstable})`,
          );
          continue;
        }
        const exp = readExpected(cases[i]);
        const why = exp
          ? compareOutcome(cases[i], exp, await runOracle(cases[i]))
          : `${cases[i].input}: no expected output`;
        if (why) problems.push(why);
      }
      if (problems.length) throw new Error(`stale golden files:\n${problems.join("\n")}`);
    },
  });
}
