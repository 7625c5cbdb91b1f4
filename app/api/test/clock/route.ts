import { z } from "zod";
import { env } from "@/lib/env";
import { setClockOffset } from "@/lib/clock";

// Lets end-to-end tests move the server's clock (e.g. "12 hours later") instead of sleeping.
// Exists only when APP_ENV=test.
const body = z.object({ offsetMs: z.number().int() });

export async function POST(request: Request) {
  if (env.APP_ENV !== "test") return new Response(null, { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "offsetMs required" }, { status: 400 });
  setClockOffset(parsed.data.offsetMs);
  return Response.json({ offsetMs: parsed.data.offsetMs });
}
