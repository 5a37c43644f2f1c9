// A district web page that embeds the atlas, served on the atlas' own origin with the atlas'
// own Content-Security-Policy header (read from `vite preview`), so inline scripts and styles
// on it are blocked just as they would be on a strict host.

/** Records every CSP violation the page (and its frames) report, from before the first script. */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return (frame = page) => frame.evaluate(() => window.__csp);
}

/** Opens `/host/page.html` with `body` as its body and `css` as its stylesheet (a same-origin file). */
export async function openHostPage(page, origin, { body, css = '' }) {
  const policy = (await fetch(`${origin}/`)).headers.get('content-security-policy');
  if (!policy?.includes("default-src 'self'")) throw new Error(`the preview sends no CSP: ${policy}`);
  await page.route(`${origin}/host/**`, (route) =>
    new URL(route.request().url()).pathname.endsWith('.css')
      ? route.fulfill({ contentType: 'text/css', body: css })
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': policy },
          body:
            '<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
            '<title>Rhein-Sieg-Kreis: Sozialplanung</title><link rel="stylesheet" href="host.css">' +
            `<script type="module" src="../embed/sozial-atlas.js"></script></head><body>${body}</body></html>`,
        }),
  );
  await page.goto(`${origin}/host/page.html`);
}
