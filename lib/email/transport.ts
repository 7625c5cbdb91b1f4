import "server-only";
import { Resend } from "resend";
import { env } from "@/lib/env";

export type OutgoingEmail = { id: string; to: string; subject: string; html: string; text: string };

export type SendResult =
  | { ok: true; provider: string; providerId: string | null }
  | { ok: false; provider: string; status: number | null; retryAfterMs: number | null; error: string };

export type Transport = { name: string; send: (mail: OutgoingEmail) => Promise<SendResult> };

export function resendTransport(apiKey: string, baseUrl?: string): Transport {
  // The SDK also reads RESEND_BASE_URL itself; tests pass a local fake API here.
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(mail) {
      const { data, error, headers } = await resend.emails.send(
        { from: env.EMAIL_FROM, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text },
        // The outbox id makes a retry after a crash or time-out a no-op at Resend (24 h window).
        { idempotencyKey: mail.id },
      );
      if (!error) return { ok: true, provider: "resend", providerId: data?.id ?? null };
      const retryAfter = Number(headers?.["retry-after"]);
      return {
        ok: false,
        provider: "resend",
        status: error.statusCode,
        retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
        error: `${error.name}: ${error.message}`.slice(0, 500),
      };
    },
  };
}

// Without an API key, "delivering" means keeping the message for the development mailbox
// (/dev/mail), which lists the outbox rows this transport marked as sent.
const devMailbox: Transport = {
  name: "dev",
  async send() {
    return { ok: true, provider: "dev", providerId: null };
  },
};

export function defaultTransport(): Transport {
  return env.RESEND_API_KEY ? resendTransport(env.RESEND_API_KEY) : devMailbox;
}
