import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Parallel builds (e2e next to a running dev server) must not share one output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The container runs `node server.js` from <distDir>/standalone: only the traced files.
  output: "standalone",
  outputFileTracingRoot: fileURLToPath(new URL(".", import.meta.url)),
  // Instances compare the database with the migrations they ship (lib/ops/schema-status.ts).
  outputFileTracingIncludes: { "/api/health/ready": ["./prisma/migrations/**/*"] },
  // One prom-client per process (its registry is shared by instrumentation and routes).
  serverExternalPackages: ["prom-client"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // The same on every response; the per-request ones (CSP with its nonce, HSTS) are set
          // in proxy.ts (lib/security/security-headers.ts). SECURITY.md lists them all.
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
        ],
      },
      {
        // Headers that only mean something for a document: not on the build's scripts, styles
        // and fonts (a page loads ~10 of them; ~170 bytes each would count against its budget),
        // nor on the development mailbox's e-mail previews, which the mailbox page frames.
        source: "/:path((?!_next/static/|api/dev/mail/).*)",
        headers: [
          // For browsers without CSP frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        // The token is in the address: no Referer may carry it anywhere (later rules win).
        source: "/:locale/:page(reset-password|set-password)",
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
