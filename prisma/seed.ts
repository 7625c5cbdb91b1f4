// `npm run db:seed`: demo data for development and tests. Idempotent: safe to run at every start.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { demoAccounts, demoCompanies, demoContent, demoDevices, demoProducts, demoTopics } from "./seed-data";

const DAY = 86_400_000;

export async function seed(databaseUrl: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    for (const t of demoTopics) {
      const data = { kind: t.kind, nameEn: t.en, nameDe: t.de, nameEs: t.es };
      await db.topic.upsert({ where: { slug: t.slug }, create: { slug: t.slug, ...data }, update: data });
    }
    for (const c of demoCompanies) {
      const company = await db.company.upsert({
        where: { name: c.name },
        create: { name: c.name },
        update: {},
      });
      for (const domain of c.domains) {
        await db.companyDomain.upsert({
          where: { companyId_domain: { companyId: company.id, domain } },
          create: { companyId: company.id, domain },
          update: {},
        });
      }
    }
    for (const p of demoProducts) {
      const topic = await db.topic.findUnique({ where: { slug: p.topic } });
      await db.product.upsert({
        where: { slug: p.slug },
        create: { slug: p.slug, name: p.name, topicId: topic?.id },
        update: { name: p.name, topicId: topic?.id },
      });
    }
    for (const d of demoDevices) {
      const product = await db.product.findUniqueOrThrow({ where: { slug: d.product } });
      const company = d.company ? await db.company.findUnique({ where: { name: d.company } }) : null;
      const data = { productId: product.id, companyId: company?.id ?? null };
      await db.device.upsert({
        where: { serial: d.serial },
        create: { serial: d.serial, ...data },
        update: data,
      });
    }
    if ((await db.contentItem.count()) === 0) {
      for (const item of demoContent) {
        const topic = item.topic ? await db.topic.findUnique({ where: { slug: item.topic } }) : null;
        const product = item.product ? await db.product.findUnique({ where: { slug: item.product } }) : null;
        await db.contentItem.create({
          data: {
            kind: item.kind,
            topicId: topic?.id,
            productId: product?.id,
            exclusive: item.exclusive ?? false,
            country: item.country,
            city: item.city,
            startsAt: item.startsInDays ? new Date(Date.now() + item.startsInDays * DAY) : null,
            translations: {
              create: Object.entries(item.text).map(([locale, text]) => ({ locale, ...text })),
            },
          },
        });
      }
    }
    const accounts = demoAccounts;
    for (const a of accounts) {
      if (await db.user.findUnique({ where: { email: a.email } })) continue;
      await db.user.create({
        data: {
          email: a.email,
          username: a.username,
          passwordHash: await hashPassword(a.password),
          role: a.role,
          status: "ACTIVE",
          emailVerified: new Date(),
          activatedAt: new Date(),
          firstName: a.first,
          lastName: a.last,
          company: a.role === "CUSTOMER" ? "Northwind Energy" : "Portal staff",
          country: "DE",
        },
      });
    }
    return accounts.map(({ role, username, email, password }) => ({ role, username, email, password }));
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  // Demo accounts with printed passwords are for development; production starts with
  // `npm run admin:create`.
  if ((process.env.APP_ENV ?? "production") === "production") {
    console.error("Refusing to load demo data with APP_ENV=production (set APP_ENV=development).");
    process.exit(1);
  }
  const accounts = await seed(url);
  console.log("Demo accounts:");
  for (const a of accounts) console.log(`  ${a.role.padEnd(8)} ${a.email.padEnd(28)} ${a.password}`);
}
