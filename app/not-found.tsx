import "./globals.css";

// Requests outside any locale that the proxy did not redirect (e.g. /_next/unknown).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center p-8">
        <main className="text-center">
          <h1 className="text-2xl font-semibold">404</h1>
          <p className="mt-2">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- next/link would add its client code to every page */}
            <a className="text-brand-700 underline" href="/">
              Home
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
