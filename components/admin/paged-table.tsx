import type { ReactNode } from "react";
import type { RawParams } from "@/lib/dal/staff/search-params";
import { Pagination } from "./pagination";

type Props = {
  /** The table's name for assistive technology (usually the page title). */
  caption: string;
  /** "12 users": announced when a filter changes the result. */
  count: string;
  columns: string[];
  /** The page's path and its current search parameters, kept by the page links. */
  path: string;
  params: RawParams;
  result: { total: number; page: number; pageCount: number; rows: unknown[] };
  /** One `<tr>` per row. */
  children: ReactNode;
};

/** The console's list pages: the count, the table of this page's rows and the page links. */
export function PagedTable({ caption, count, columns, path, params, result, children }: Props) {
  return (
    <>
      <p className="text-slate-700" aria-live="polite">
        {count}
      </p>
      {result.rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{children}</tbody>
          </table>
        </div>
      )}
      <Pagination
        path={path}
        params={params}
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
      />
    </>
  );
}
