import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSerial, SERIAL_PATTERN } from "@/lib/validations/fields";

/**
 * Free-text search over e-mail, username, names, company and device serial. Every word must match
 * one of the fields, so "chris northwind" finds Chris at Northwind; a word with an "@" can only be
 * part of an address and is looked for there alone. A query shaped like a serial also finds the
 * users who registered that device (looked up first, so the user query stays index-friendly).
 */
export async function userSearchWhere(q: string | undefined): Promise<Prisma.UserWhereInput> {
  const query = q?.trim().slice(0, 100);
  if (!query) return {};
  const words = query.split(/\s+/).slice(0, 4);
  const text: Prisma.UserWhereInput = {
    AND: words.map((word) =>
      word.includes("@")
        ? { email: { contains: word.toLowerCase() } }
        : {
            OR: [
              { email: { contains: word.toLowerCase() } },
              { username: { contains: word.toLowerCase() } },
              { firstName: { contains: word, mode: "insensitive" } },
              { lastName: { contains: word, mode: "insensitive" } },
              { company: { contains: word, mode: "insensitive" } },
            ],
          },
    ),
  };
  const serial = normalizeSerial(query);
  if (!SERIAL_PATTERN.test(serial)) return text;
  const owners = await db.userDevice.findMany({
    where: { device: { serial } },
    select: { userId: true },
    take: 1000,
  });
  // "AB 123-Z" is a serial; as text its pieces ("AB") would match half the users. Only the
  // compact form is also tried as (part of) a username or address.
  const compact = serial.toLowerCase();
  return {
    OR: [
      { id: { in: owners.map((o) => o.userId) } },
      { username: { contains: compact } },
      { email: { contains: compact } },
    ],
  };
}

/** Start of the day after `day`, so a "to" date includes the whole day. */
export function endOfDay(day: Date) {
  return new Date(day.getTime() + 86_400_000);
}
