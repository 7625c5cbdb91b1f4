import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The account and profile fields that the data export, the staff user page and the review page
 * all show: one list, so a new profile field appears in all three.
 */
export const USER_PROFILE_SELECT = {
  id: true,
  email: true,
  username: true,
  status: true,
  role: true,
  locale: true,
  salutation: true,
  firstName: true,
  lastName: true,
  company: true,
  country: true,
  phone: true,
  emailVerified: true,
} satisfies Prisma.UserSelect;
