// Regenerates the expected outputs of the golden suites from the luajit oracle.
//   deno task golden [--check] [suite-dir...]
// --check compares the committed files with fresh oracle output instead of writing.
import {
  allSuites,
  compareOutcome,
  enterRoot,
  readExpected,
  runOracle,
  suiteCases,
  writeExpected,
} from "./harness.ts";

const args = Deno.args.filter((a) => a !== "--check");
const check = args.length !== Deno.args.length;
const suites = allSuites().filter((s) => args.length === 0 || args.includes(s.dir));

try {
  await new Deno.Command("luajit", { args: ["-v"], stdout: "null" }).output();
} catch {
  console.error("regen: luajit is not on PATH (apt-get install -y luajit)");
  Deno.exit(1);
}

enterRoot();
let written = 0, stale = 0;
for (const suite of suites) {
  for (const c of suiteCases(suite)) {
    const fresh = await runOracle(c);
    if (check) {
      const exp = readExpected(c);
      const why = exp ? compareOutcome(c, exp, fresh) : `${c.input}: no expected output`;
      if (why) {
        stale++;
        console.error(`stale: ${why}`);
      }
    } else {
      writeExpected(c, fresh);
      written++;
    }
  }
}
if (check) {
  console.log(stale ? `${stale} stale golden file(s)` : "all golden files match the oracle");
  Deno.exit(stale ? 1 : 0);
}
console.log(`wrote expected outputs for ${written} input(s)`);
