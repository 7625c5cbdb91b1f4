// Runs the MDN HTTP Observatory's scanner (npm @mdn/mdn-http-observatory) against one path on
// non-default ports: the same retrieval, tests and grading as its `scan()`, which only takes a
// hostname. Usage: node observatory-scan.mjs <package dir> <hostname> <httpsPort> <httpPort> <path>
import path from "node:path";
import { pathToFileURL } from "node:url";

const [dir, hostname, httpsPort, httpPort, pagePath] = process.argv.slice(2);
const from = (p) =>
  import(pathToFileURL(path.join(dir, "node_modules/@mdn/mdn-http-observatory/src", p)).href);
const { retrieve } = await from("retriever/retriever.js");
const { ALL_TESTS, NUM_TESTS } = await from("constants.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await from("grader/charts.js");
const { getGradeForScore, getScoreModifier } = await from("grader/grader.js");

const r = await retrieve(hostname, { httpsPort, httpPort, path: pagePath });
if (!r.responses.auto) throw new Error("the site seems to be down");
let withCredit = 100;
let uncurved = 100;
let passed = 0;
const tests = {};
for (const test of ALL_TESTS) {
  const result = test(r);
  const modifier = result.result ? getScoreModifier(result.result) : 0;
  withCredit += modifier;
  if (modifier < 0) uncurved += modifier;
  if (result.pass) passed++;
  tests[result.constructor.name] = { result: result.result, pass: result.pass, modifier };
}
const score = uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withCredit : uncurved;
const { grade } = getGradeForScore(score);
console.log(
  JSON.stringify({
    path: pagePath,
    grade,
    score,
    passed,
    of: NUM_TESTS,
    status: r.responses.auto.status,
    tests,
  }),
);
