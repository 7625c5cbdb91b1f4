import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verify } from "@node-rs/argon2";
import pg from "pg";

// A minimal Auth.js sign-in, as a team starts one from the documentation: the Credentials
// provider, JWT sessions, and an authorize() that finds the account with one query and verifies
// its hash. No throttling, audit, session rows or dummy hash for unknown names. The portal's
// sign-in is compared with it in the same run (tests/bench/framework-floor.ts).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export const { handlers } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt" },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize({ identifier, password }) {
        const { rows } = await pool.query(
          `SELECT id, email, "passwordHash" FROM "User" WHERE email = lower($1) OR username = lower($1) LIMIT 1`,
          [String(identifier ?? "")],
        );
        const user = rows[0];
        if (!user?.passwordHash || !(await verify(user.passwordHash, String(password ?? "")))) return null;
        return { id: user.id, email: user.email };
      },
    }),
  ],
});
