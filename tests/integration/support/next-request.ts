// A stand-in for the request scope Next.js gives server actions (headers, cookies, after()), so
// actions can be called directly. Use with vi.mock in the test file:
//   vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
import { translatorFor } from "@/lib/i18n/translator";

export const request = {
  headers: new Headers(),
  cookies: new Map<string, { value: string; options?: Record<string, unknown> }>(),
  afterTasks: [] as Array<() => unknown>,
  locale: "en",
};

/** A fresh request from `ip`; `extra` headers on top (e.g. a forged Host). */
export function newRequest(ip: string, extra: Record<string, string> = {}) {
  request.headers = new Headers({ "x-forwarded-for": ip, "user-agent": "integration-test", ...extra });
  request.cookies.clear();
  request.afterTasks.length = 0;
}

/** Runs what the action scheduled with after(). */
export async function runAfterTasks() {
  const tasks = request.afterTasks.splice(0);
  for (const task of tasks) await task();
  return tasks.length;
}

export const nextHeadersMock = {
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => {
      const c = request.cookies.get(name);
      return c ? { name, value: c.value } : undefined;
    },
    set: (name: string, value: string, options?: Record<string, unknown>) => {
      request.cookies.set(name, { value, options });
    },
    has: (name: string) => request.cookies.has(name),
  }),
};

export const nextIntlServerMock = {
  getLocale: async () => request.locale,
  getTranslations: async (namespace?: string) => {
    const t = translatorFor(request.locale) as unknown as (key: string, values?: object) => string;
    return (key: string, values?: object) => t(namespace ? `${namespace}.${key}` : key, values);
  },
};

export function afterMock(task: () => unknown) {
  request.afterTasks.push(task);
}
