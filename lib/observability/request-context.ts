import "server-only";
import { headers } from "next/headers";
import { log } from "./logger";

/** The id of the request being handled (accepted from X-Request-Id or generated; echoed back). */
export async function requestId() {
  return (await headers()).get("x-request-id") ?? undefined;
}

/** A logger for server actions, pages and route handlers whose lines carry the request id. */
export async function requestLog(component: string) {
  return log(component).child({ reqId: await requestId() });
}
