import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { StaffActor } from "@/lib/dal/staff/actor";
import type { Role, UserStatus } from "@/lib/generated/prisma/client";

export async function actorFor(email: string): Promise<StaffActor> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
  return { id: u.id, role: u.role };
}

export const staffActors = async () => ({
  admin: await actorFor("admin@example.com"),
  support: await actorFor("support@example.com"),
  customer: await actorFor("customer@northwind.example"),
});

type NewUser = {
  email?: string;
  status?: UserStatus;
  role?: Role;
  reviewReason?: string | null;
  company?: string;
  country?: string;
  firstName?: string;
  lastName?: string;
  locale?: string;
  serials?: string[];
  statusChangedAt?: Date;
  emailVerified?: Date | null;
};

/** A user straight in the database, with a unique address unless one is given. */
export async function makeUser(u: NewUser = {}) {
  const tag = randomUUID().slice(0, 8);
  const devices = u.serials?.length
    ? await db.device.findMany({ where: { serial: { in: u.serials } }, select: { id: true } })
    : [];
  return db.user.create({
    data: {
      email: u.email ?? `user-${tag}@example.org`,
      username: `user-${tag}`,
      status: u.status ?? "PENDING_REVIEW",
      role: u.role ?? "CUSTOMER",
      reviewReason: u.reviewReason === undefined ? "unknown_domain" : u.reviewReason,
      firstName: u.firstName ?? "Test",
      lastName: u.lastName ?? `User ${tag}`,
      company: u.company ?? "Some Company",
      country: u.country ?? "DE",
      locale: u.locale ?? "en",
      statusChangedAt: u.statusChangedAt,
      emailVerified: u.emailVerified === undefined ? new Date() : u.emailVerified,
      devices: { create: devices.map((d) => ({ deviceId: d.id })) },
    },
  });
}

export async function auditFor(targetId: string, action: string) {
  return db.auditLog.findMany({ where: { targetId, action }, orderBy: { id: "asc" } });
}

export async function outboxTo(to: string) {
  return db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

/**
 * Test files share one database and take turns: leave it as other files expect it. They count the
 * demo staff (accounts a test made staff go back to customer), and the outbox test delivers every
 * due e-mail (the e-mails these tests queued are dropped).
 */
export async function leaveDatabaseTidy() {
  await db.user.updateMany({
    where: { role: { not: "CUSTOMER" }, email: { notIn: ["admin@example.com", "support@example.com"] } },
    data: { role: "CUSTOMER" },
  });
  await db.emailOutbox.deleteMany({ where: { status: "PENDING" } });
}
