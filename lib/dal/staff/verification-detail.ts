import "server-only";
import { db } from "@/lib/db";
import { USER_PROFILE_SELECT } from "@/lib/dal/user-profile-select";
import { now } from "@/lib/clock";
import { assertStaff, type StaffActor } from "./actor";
import { domainAndParents, emailDomain } from "@/lib/registration/activation-rules";

/**
 * Everything a reviewer needs to decide on one registration: the profile, what the registry says
 * about each serial (owner company and its domains), which companies own the e-mail's domain, a
 * matching account of the old customer area, and why automatic activation did not happen.
 */
export async function getVerificationDetail({ actor, userId }: { actor: StaffActor; userId: string }) {
  assertStaff(actor);
  const user = await db.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      ...USER_PROFILE_SELECT,
      reviewReason: true,
      rejectionReason: true,
      rejectionNote: true,
      statusChangedAt: true,
      createdAt: true,
      devices: {
        orderBy: { addedAt: "asc" },
        select: {
          addedAt: true,
          device: {
            select: {
              serial: true,
              product: { select: { name: true } },
              company: { select: { id: true, name: true, domains: { select: { domain: true } } } },
            },
          },
        },
      },
      interests: { select: { topic: { select: { slug: true, nameEn: true, nameDe: true, nameEs: true } } } },
    },
  });
  if (!user) return null;

  const domain = emailDomain(user.email);
  const [domainOwners, legacy] = await Promise.all([
    db.companyDomain.findMany({
      where: { domain: { in: domainAndParents(domain) } },
      select: { domain: true, company: { select: { id: true, name: true } } },
    }),
    db.legacyAccount.findFirst({
      where: { OR: [{ email: user.email }, { userId: user.id }] },
      select: {
        email: true,
        firstName: true,
        lastName: true,
        company: true,
        country: true,
        serials: true,
        migratedAt: true,
        userId: true,
      },
    }),
  ]);

  const ownerIds = new Set(domainOwners.map((d) => d.company.id));
  const devices = user.devices.map(({ device, addedAt }) => ({
    serial: device.serial,
    product: device.product.name,
    addedAt,
    owner: device.company && {
      name: device.company.name,
      domains: device.company.domains.map((d) => d.domain).sort(),
    },
    // The rule that would have activated the account by itself.
    domainMatches: !!device.company && ownerIds.has(device.company.id),
  }));

  return {
    ...user,
    devices,
    interests: user.interests.map((i) => i.topic),
    emailDomain: domain,
    domainOwners: domainOwners.map((d) => ({ domain: d.domain, company: d.company.name })),
    legacy,
    waitingMs:
      user.status === "PENDING_REVIEW" ? Math.max(0, now().getTime() - user.statusChangedAt.getTime()) : null,
  };
}

export type VerificationDetail = NonNullable<Awaited<ReturnType<typeof getVerificationDetail>>>;
