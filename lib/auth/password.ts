import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { concurrencyLimit } from "@/lib/concurrency-limit";

// argon2id at OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1). verify() reads the cost from
// the stored hash, so raising these later re-hashes nobody by surprise.
export const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MAX_LENGTH = 256;

// One hash per core at a time. Each runs on libuv's thread pool (4 threads by default) and is
// pure CPU and memory bandwidth: more of them at once only share the cores and the cache, so each
// takes longer and fewer finish per second. It also leaves pool threads free for the small jobs
// that share it (WebCrypto for the session cookie and CSRF token, file reads) instead of queueing
// them behind a burst of sign-ins.
export const hashing = concurrencyLimit(availableParallelism());

export function hashPassword(password: string) {
  return hashing.run(() => hash(password.normalize("NFC"), ARGON2_OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await hashing.run(() => verify(passwordHash, password.normalize("NFC")));
  } catch {
    return false;
  }
}

// Verifying against this when no account matches costs the same as a wrong password, so timing
// does not reveal which usernames or e-mail addresses exist.
let dummy: Promise<string> | undefined;
export function dummyHash() {
  dummy ??= hashPassword("dummy-password-for-timing-equalisation");
  return dummy;
}
