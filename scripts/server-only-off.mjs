// For command-line tools that reuse the app's server modules (`npm run admin:create`): outside
// Next.js, the "server-only" marker package would throw, so it resolves to an empty module here.
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
