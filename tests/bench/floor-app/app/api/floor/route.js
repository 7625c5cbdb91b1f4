import { verify } from "@node-rs/argon2";

// The least a password sign-in can be in a Next.js route handler: read the form, verify the
// password against one argon2id hash, answer 302 with a cookie. No database, no Auth.js, no
// throttling, audit or session: what Next.js itself costs around the hash.
const HASH = process.env.FLOOR_HASH;

export async function POST(request) {
  const form = await request.formData();
  const ok = await verify(HASH, String(form.get("password") ?? ""));
  return new Response(null, {
    status: 302,
    headers: { location: "/", "set-cookie": `floor=${ok ? 1 : 0}; Path=/; HttpOnly; SameSite=Lax` },
  });
}
