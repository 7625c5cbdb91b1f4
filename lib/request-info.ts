import "server-only";
import { headers } from "next/headers";

/**
 * The client's address. By the time a request reaches the app, X-Forwarded-For holds only the
 * address lib/security/client-address.ts resolved from the socket and the trusted proxies.
 */
export function clientIpFrom(h: Headers): string {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

export function userAgentFrom(h: Headers): string {
  return h.get("user-agent")?.slice(0, 500) ?? "";
}

export async function userAgent(): Promise<string> {
  return userAgentFrom(await headers());
}
