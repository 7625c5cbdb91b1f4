import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { z } from "zod/mini";
import type { interestsSchema, profileSchema } from "@/lib/validations/profile";

type Person = Pick<
  z.output<typeof profileSchema>,
  "salutation" | "firstName" | "lastName" | "company" | "country" | "phone" | "locale"
>;

/**
 * The User columns of the person fields, as registration, the account page and completing a
 * migrated profile all store them (the display name from the parts, no phone as null).
 */
export function personColumns(data: Person) {
  return {
    salutation: data.salutation,
    firstName: data.firstName,
    lastName: data.lastName,
    name: `${data.firstName} ${data.lastName}`,
    company: data.company,
    country: data.country,
    phone: data.phone || null,
    locale: data.locale,
  };
}

/** Person fields and preferred language (also the language of e-mails). */
export async function updateProfile(
  userId: string,
  data: z.output<typeof profileSchema>,
  ip?: string | null,
) {
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: personColumns(data),
    });
    await audit({ action: "account.profile_updated", actorId: userId, targetId: userId, ip }, tx);
  });
}

/** Replaces the chosen products and topics; unknown slugs are ignored. */
export async function updateInterests(
  userId: string,
  data: z.output<typeof interestsSchema>,
  ip?: string | null,
) {
  const topics = await db.topic.findMany({ where: { slug: { in: data.interests } }, select: { id: true } });
  await db.$transaction(async (tx) => {
    await tx.userInterest.deleteMany({ where: { userId } });
    await tx.userInterest.createMany({ data: topics.map((t) => ({ userId, topicId: t.id })) });
    await audit(
      {
        action: "account.interests_updated",
        actorId: userId,
        targetId: userId,
        ip,
        details: { count: topics.length },
      },
      tx,
    );
  });
}
