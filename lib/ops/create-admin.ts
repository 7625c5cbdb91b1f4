import "server-only";
import { db } from "@/lib/db";
import { HOUR } from "@/lib/clock";
import { absoluteUrl, brand } from "@/lib/config";
import { audit } from "@/lib/audit";
import { issueToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { adminInviteEmail } from "@/lib/email/templates/admin-invite";
import { isLocale } from "@/lib/i18n/routing";
import { emailField } from "@/lib/validations/fields";

/** Where a SET_PASSWORD link leads (`?token=…`); the page consumes the token. */
export const SET_PASSWORD_PATH = "/set-password";
export const SET_PASSWORD_TTL_HOURS = 24;

type Input = { email: string; firstName?: string; lastName?: string; locale?: string; country?: string };

export type CreateAdminResult =
  | { ok: true; userId: string; username: string; expiresAt: Date }
  | { ok: false; problem: "invalid-email" | "exists" | "invalid-locale" | "invalid-country" };

async function freeUsername(email: string) {
  const base = (email.split("@")[0] ?? "admin").replace(/[^a-z0-9._-]/g, "").slice(0, 30) || "admin";
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? base : `${base}${n + 1}`;
    if (!(await db.user.findUnique({ where: { username: candidate }, select: { id: true } })))
      return candidate;
  }
}

/**
 * Creates an administrator without a password and e-mails a single-use link (24 h) to set one.
 * The account, the token, the e-mail and the audit entry commit together.
 */
export async function createAdmin({
  email,
  firstName = "Portal",
  lastName = "Administrator",
  locale = "en",
  country = "DE",
}: Input): Promise<CreateAdminResult> {
  const parsed = emailField.safeParse(email);
  if (!parsed.success) return { ok: false, problem: "invalid-email" };
  if (!isLocale(locale)) return { ok: false, problem: "invalid-locale" };
  if (!/^[A-Z]{2}$/.test(country)) return { ok: false, problem: "invalid-country" };
  const address = parsed.data;
  if (await db.user.findUnique({ where: { email: address }, select: { id: true } })) {
    return { ok: false, problem: "exists" };
  }
  const username = await freeUsername(address);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: address,
        username,
        role: "ADMIN",
        status: "ACTIVE",
        activatedAt: new Date(),
        locale,
        firstName,
        lastName,
        company: brand.company,
        country,
      },
      select: { id: true },
    });
    const { token, expiresAt } = await issueToken(tx, {
      userId: user.id,
      purpose: "SET_PASSWORD",
      ttlMs: SET_PASSWORD_TTL_HOURS * HOUR,
    });
    const url = absoluteUrl(`/${locale}${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`);
    await enqueueEmail(tx, {
      to: address,
      locale,
      template: adminInviteEmail,
      props: { name: firstName, url, hours: SET_PASSWORD_TTL_HOURS },
    });
    await audit({ action: "admin.created", targetId: user.id, details: { via: "admin:create" } }, tx);
    return { ok: true as const, userId: user.id, username, expiresAt };
  });
}
