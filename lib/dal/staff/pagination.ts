export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export type Paging = { page?: number; pageSize?: number };
export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number; pageCount: number };

/** Offset paging with the page size limited to the offered sizes (a URL may say anything). */
export function paging({ page, pageSize }: Paging) {
  const size = (PAGE_SIZES as readonly number[]).includes(pageSize ?? 0) ? pageSize! : DEFAULT_PAGE_SIZE;
  const p = Number.isInteger(page) && page! > 0 ? Math.min(page!, 10_000) : 1;
  return { skip: (p - 1) * size, take: size, page: p, pageSize: size };
}

export function pageOf<T>(rows: T[], total: number, p: { page: number; pageSize: number }): Page<T> {
  return {
    rows,
    total,
    page: p.page,
    pageSize: p.pageSize,
    pageCount: Math.max(1, Math.ceil(total / p.pageSize)),
  };
}
