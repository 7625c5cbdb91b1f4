import "server-only";
import { env } from "@/lib/env";
import { databaseOutage } from "@/lib/ops/database-outage";
import { isDatabaseUnreachable } from "@/lib/ops/database-errors";
import { routeHandlerSecurityHeaders } from "./security-headers";
import { forgedRequest } from "./cross-site";

type Handler<R extends Request, A extends unknown[]> = (request: R, ...rest: A) => Promise<Response>;

/**
 * What proxy.ts does for a route handler, for the busiest ones that run without it (see its
 * matcher: Auth.js's endpoints, the live serial check): a state-changing request from another
 * site is refused (403), the handlers' security headers go on every answer, and while the
 * database is unreachable the answer is the API's 503. Skipping the proxy saves Next.js a
 * middleware round on every sign-in and every keystroke pause of the serial field.
 */
export function guardedRoute<R extends Request, A extends unknown[]>(handler: Handler<R, A>): Handler<R, A> {
  return async (request, ...rest) => {
    const headers = routeHandlerSecurityHeaders({ appEnv: env.APP_ENV, baseUrl: env.APP_BASE_URL });
    if (forgedRequest(request)) return withHeaders(new Response(null, { status: 403 }), headers);
    if (databaseOutage()) return withHeaders(await unavailable(), headers);
    try {
      return withHeaders(await handler(request, ...rest), headers);
    } catch (error) {
      if (isDatabaseUnreachable(error)) return withHeaders(await unavailable(), headers);
      throw error;
    }
  };
}

// The module with every language's texts loads only during an outage.
const unavailable = async () => (await import("@/lib/ops/unavailable-response")).unavailableApi();

function withHeaders(response: Response, headers: Record<string, string>) {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    // Response.redirect() and fetch() answers have immutable headers: answer a copy.
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
