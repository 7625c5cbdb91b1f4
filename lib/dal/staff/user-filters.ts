import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSerial, SERIAL_PATTERN } from "@/lib/validations/fields";

/**
 * Free-text search over e-mail, username, names, company and device serial. Every word must match
 * one of the fields, so "chris northwind" finds Chris at Northwind. A query shaped like a serial
 * also finds the users who registered that device.
 */
export function userSearchWhere(q: string | undefined): Prisma.UserWhereInput {
  const query = q?.trim().slice(0, 100);
  if (!query) return {};
  const words = query.split(/\s+/).slice(0, 4);
  const text: Prisma.UserWhereInput = {
    AND: words.map((word) => ({
      OR: [
        { email: { contains: word.toLowerCase() } },
        { username: { contains: word.toLowerCase() } },
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
        { company: { contains: word, mode: "insensitive" } },
      ],
    })),
  };
  const serial = normalizeSerial(query);
  if (!SERIAL_PATTERN.test(serial)) return text;
  return { OR: [text, { devices: { some: { device: { serial } } } }] };
}

/** Start of the day after `day`, so a "to" date includes the whole day. */
export function endOfDay(day: Date) {
  return new Date(day.getTime() + 86_400_000);
}
