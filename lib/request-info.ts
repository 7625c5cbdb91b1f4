import "server-only";
import { headers } from "next/headers";

/** The client's address as the nearest proxy reports it (first X-Forwarded-For entry). */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || "unknown";
}

export async function userAgent(): Promise<string> {
  return (await headers()).get("user-agent")?.slice(0, 500) ?? "";
}
