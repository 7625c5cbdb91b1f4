import "server-only";
import { headers } from "next/headers";

/** The client's address as the nearest proxy reports it (first X-Forwarded-For entry). */
export function clientIpFrom(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || "unknown";
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
