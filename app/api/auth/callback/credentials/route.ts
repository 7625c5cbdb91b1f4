import { handlers } from "@/lib/auth";

// The password sign-in, Auth.js's busiest endpoint, on a static path: Next.js then matches it
// without building the catch-all route's pattern for every request. Same handlers as ../../[...nextauth].
export const { GET, POST } = handlers;
