// MDN HTTP Observatory grades of /login and /register. The scanner wants default ports and a real
// TLS certificate, so: a self-signed certificate for localhost (trusted by the scanner through
// NODE_EXTRA_CA_CERTS), a TLS proxy in front of the app, a plain-HTTP port that redirects to
// HTTPS, and the app configured with its https:// address (as in production behind a proxy).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBenchServer } from "./bench-server";

const VERSION = "1.4.8";
const PACKAGE_DIR = process.env.OBSERVATORY_DIR ?? path.resolve("node_modules/.cache/mdn-http-observatory");

function ensureScanner() {
  const root = path.join(PACKAGE_DIR, "node_modules/@mdn/mdn-http-observatory");
  if (!existsSync(path.join(root, "package.json"))) install();
  // The HSTS preload list comes from its skipped install script; an empty one grades the same for a
  // site that is not on it.
  const preload = path.join(root, "conf/hsts-preload.json");
  if (!existsSync(preload)) writeFileSync(preload, "{}\n");
}

function install() {
  // Its install scripts download data from outside the npm registry; the scan needs none of it.
  execFileSync(
    "npm",
    [
      "install",
      "--ignore-scripts",
      "--no-save",
      "--prefix",
      PACKAGE_DIR,
      `@mdn/mdn-http-observatory@${VERSION}`,
    ],
    {
      stdio: "inherit",
    },
  );
}

function certificate(dir: string) {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost",
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) };
}

export async function observatoryGrades({ port, paths }: { port: number; paths: string[] }) {
  ensureScanner();
  const dir = mkdtempSync(path.join(tmpdir(), "portal-observatory-"));
  const tls = certificate(dir);
  const [httpsPort, httpPort] = [port + 1, port + 2];
  const app = await startBenchServer({ port, dbPort: port + 3, baseUrl: `https://localhost:${httpsPort}` });
  const proxy = https.createServer(tls, (req, res) => {
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, "x-forwarded-proto": "https", "x-forwarded-for": "127.0.0.1" },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const redirect = http.createServer((req, res) => {
    res.writeHead(301, { location: `https://localhost:${httpsPort}${req.url}` }).end();
  });
  await Promise.all([
    new Promise<void>((r) => proxy.listen(httpsPort, "127.0.0.1", r)),
    new Promise<void>((r) => redirect.listen(httpPort, "127.0.0.1", r)),
  ]);
  try {
    for (const p of paths) await fetch(`${app.baseUrl}${p}`); // warm: the first render compiles
    const out = [];
    // Asynchronously: the TLS proxy and the redirect run in this process and must keep answering.
    for (const p of paths) {
      const run = await promisify(execFile)(
        process.execPath,
        [
          path.resolve("tests/bench/observatory-scan.mjs"),
          PACKAGE_DIR,
          "localhost",
          String(httpsPort),
          String(httpPort),
          p,
        ],
        {
          encoding: "utf8",
          // "localhost" must reach the loopback IPv4 listeners above.
          env: {
            ...process.env,
            NODE_EXTRA_CA_CERTS: path.join(dir, "cert.pem"),
            NODE_OPTIONS: "--dns-result-order=ipv4first",
            // A busy two-core machine: the scanner's 10 s per session is too short for a cold page.
            ABORT_TIMEOUT: "60000",
            CLIENT_TIMEOUT: "60000",
          },
          timeout: 120_000,
        },
      );
      const result = JSON.parse(run.stdout) as {
        grade: string;
        score: number;
        tests: Record<string, { pass: boolean; result: string; modifier: number }>;
      };
      console.log(`observatory ${p}: ${result.grade} (${result.score})`);
      out.push({
        path: p,
        grade: result.grade,
        score: result.score,
        notPassed: Object.entries(result.tests)
          .filter(([, t]) => !t.pass || t.modifier < 0)
          .map(([name, t]) => `${name}: ${t.result} (${t.modifier})`),
        bonuses: Object.entries(result.tests)
          .filter(([, t]) => t.modifier > 0)
          .map(([name, t]) => `${name}: ${t.result} (+${t.modifier})`),
      });
    }
    return out;
  } finally {
    proxy.close();
    redirect.close();
    await app.stop();
  }
}
