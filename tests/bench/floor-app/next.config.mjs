import { fileURLToPath } from "node:url";

// Next.js's defaults; the packages come from the repository's own node_modules.
const config = {
  turbopack: { root: fileURLToPath(new URL("../../..", import.meta.url)) },
};

export default config;
