// Every golden case: ljts (in-process) must reproduce the oracle's recorded outcome.
import {
  allSuites,
  compareOutcome,
  enterRoot,
  readExpected,
  runLjts,
  suiteCases,
} from "./golden/harness.ts";

enterRoot();
for (const suite of allSuites()) {
  for (const c of suiteCases(suite)) {
    Deno.test(`golden ${suite.dir}: ${c.input.slice(c.input.lastIndexOf("/") + 1)}`, async () => {
      const exp = readExpected(c);
      if (!exp) throw new Error(`${c.input}: no expected output; run 'deno task golden'`);
      const why = compareOutcome(c, exp, await runLjts(c));
      if (why) throw new Error(why);
    });
  }
}
