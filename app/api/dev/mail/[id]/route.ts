import { db } from "@/lib/db";
import { devMailboxEnabled, env } from "@/lib/env";
import { isRecordId } from "@/lib/validations/rules/fields";
import { routeHandlerSecurityHeaders } from "@/lib/security/security-headers";

// One e-mail of the development mailbox as its recipient's mail program would show it, for the
// mailbox page's preview frame. E-mails style themselves inline, which the pages' policy rightly
// forbids, so the e-mail is served on its own with a policy of its own (and without proxy.ts, see
// its matcher): inline styles and images, never a script, a form or a plugin, framed only by the
// portal itself, and sandboxed like the frame that shows it.
const PREVIEW_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data: https:",
  "font-src data: https:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation",
].join("; ");

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!devMailboxEnabled) return new Response(null, { status: 404 });
  const { id } = await params;
  if (!isRecordId(id)) return new Response(null, { status: 404 });
  // While the database is unreachable, lib/ops/outage-answers.ts turns the failure into its 503.
  const mail = await db.emailOutbox.findFirst({ where: { id, provider: "dev" }, select: { html: true } });
  if (!mail) return new Response(null, { status: 404 });
  // Links in the e-mail open in the portal's window, not inside the preview frame.
  const html = mail.html.replace(/<head>/i, '<head><base target="_top">');
  return new Response(html, {
    headers: {
      ...routeHandlerSecurityHeaders({ appEnv: env.APP_ENV, baseUrl: env.APP_BASE_URL }),
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": PREVIEW_POLICY,
      "referrer-policy": "no-referrer",
    },
  });
}
