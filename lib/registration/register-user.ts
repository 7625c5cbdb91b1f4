import "server-only";
import { personColumns } from "@/lib/account/profile";
import type { $ZodError } from "zod/v4/core";
import { db, type Tx } from "@/lib/db";
import { now, DAY } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { issueToken } from "@/lib/tokens";
import { hit } from "@/lib/rate-limit";
import { countRegistration } from "@/lib/observability/metrics";
import { enqueueEmail } from "@/lib/email/outbox";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { registrationSchema, type Registration } from "@/lib/validations/registration";
import { unmigratedLegacyAccount } from "@/lib/migration/legacy-link";
import { registrationConfirmEmail } from "@/lib/email/templates/registration-confirm-email";
import { registrationTakenEmail } from "@/lib/email/templates/registration-taken-email";
import { checkSerial } from "./serials";
import { freeUsername, usernameBase } from "./username";
import { LIMITS } from "./limits";

export const CONFIRMATION_TTL_MS = 14 * DAY;

export type RegisterOutcome =
  | { ok: true }
  | { ok: false; invalid: $ZodError }
  | { ok: false; errors: Record<string, "serialUnknown" | NonNullable<ReturnType<typeof passwordProblem>>> };

type Context = { ip?: string | null };
type Existing = {
  id: string;
  email: string;
  username: string;
  firstName: string;
  locale: string;
  status: string;
  deletedAt: Date | null;
};

/**
 * Registers a new account: user, device link, interests, confirmation token and e-mail in one
 * transaction. A taken address answers exactly like a new one (the owner gets a hint e-mail
 * instead), so the outcome never tells who has an account. Invalid input writes nothing.
 */
export async function registerUser(raw: unknown, ctx: Context = {}): Promise<RegisterOutcome> {
  const parsed = registrationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, invalid: parsed.error };
  const data = parsed.data;

  const serial = await checkSerial(data.serial);
  const problem = passwordProblem(data.password, {
    email: data.email,
    names: [data.firstName, data.lastName],
  });
  if (serial.state !== "valid" || problem) {
    const errors: Extract<RegisterOutcome, { errors: unknown }>["errors"] = {};
    if (serial.state !== "valid") errors.serial = "serialUnknown";
    if (problem) errors.password = problem;
    return { ok: false, errors };
  }

  // Hashed whether or not the address is taken, so both answers take the same time.
  const passwordHash = await hashPassword(data.password);
  const topics = await db.topic.findMany({ where: { slug: { in: data.interests } }, select: { id: true } });

  // A unique violation means a concurrent registration took the address (or the username) after
  // we looked: look again. The database constraint, not this check, is what guarantees one account.
  for (let attempt = 0; attempt < 8; attempt++) {
    const prepared = { passwordHash, deviceId: serial.deviceId, topics, ip: ctx.ip, scatter: attempt >= 2 };
    try {
      const existing = await db.$transaction((tx) => createAccount(tx, data, prepared), {
        maxWait: 10_000,
        timeout: 20_000,
      });
      if (existing) await noticeTakenAddress(existing, ctx);
      countRegistration(existing ? "duplicate" : "submitted");
      return { ok: true };
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new Error("registration kept colliding with concurrent registrations");
}

type Prepared = {
  passwordHash: string;
  deviceId: string;
  topics: { id: string }[];
  ip?: string | null;
  scatter: boolean;
};

async function createAccount(
  tx: Tx,
  data: Registration,
  { passwordHash, deviceId, topics, ip, scatter }: Prepared,
): Promise<Existing | null> {
  const existing = await tx.user.findUnique({
    where: { email: data.email },
    select: {
      id: true,
      email: true,
      username: true,
      firstName: true,
      locale: true,
      status: true,
      deletedAt: true,
    },
  });
  if (existing) return existing;

  const at = now();
  const username = await freeUsername(tx, usernameBase(data.firstName, data.lastName), { scatter });
  const user = await tx.user.create({
    data: {
      email: data.email,
      username,
      passwordHash,
      ...personColumns(data),
      createdAt: at,
      statusChangedAt: at,
      devices: { create: { deviceId, addedAt: at } },
      interests: { create: topics.map((t) => ({ topicId: t.id })) },
    },
    select: { id: true },
  });
  const { token, expiresAt } = await issueToken(tx, {
    userId: user.id,
    purpose: "EMAIL_VERIFICATION",
    ttlMs: CONFIRMATION_TTL_MS,
  });
  // Only the owner of the address learns (from this e-mail) that a legacy account was found.
  const legacy = !!(await unmigratedLegacyAccount(tx, data.email));
  await enqueueEmail(tx, {
    to: data.email,
    locale: data.locale,
    template: registrationConfirmEmail,
    props: { name: data.firstName, username, token, expiresAt: expiresAt.toISOString(), legacy },
  });
  await audit(
    {
      action: "registration.submitted",
      actorId: user.id,
      targetId: user.id,
      ip,
      details: { serial: data.serial, locale: data.locale, interests: topics.length },
    },
    tx,
  );
  return null;
}

/** Tells the owner of a taken address (at most once an hour) that someone tried to register it. */
async function noticeTakenAddress(owner: Existing, ctx: Context) {
  const { name, rule } = LIMITS.takenNoticePerEmail;
  const allowed = (await hit(name, owner.email, rule)).ok;
  await db.$transaction(async (tx) => {
    if (allowed && owner.status !== "DISABLED" && !owner.deletedAt) {
      await enqueueEmail(tx, {
        to: owner.email,
        locale: owner.locale,
        template: registrationTakenEmail,
        props: {
          name: owner.firstName,
          username: owner.username,
          awaitingConfirmation: owner.status === "PENDING_EMAIL",
        },
      });
    }
    await audit(
      {
        action: "registration.duplicate_attempt",
        targetId: owner.id,
        ip: ctx.ip,
        details: { noticeSent: allowed },
      },
      tx,
    );
  });
}

function isUniqueViolation(e: unknown) {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
