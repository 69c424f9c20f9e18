/**
 * What browser mode answers for its page at an address without this launch's key: a small page in the app's
 * colours that says what happened and how to get the right address. It has no script, so it works whatever
 * went wrong, and it loads nothing but the favicon.
 */
export function noKeyPage(port: number): string {
  const printed = `http://127.0.0.1:${port}/?token=…`;
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <title>Open Linkwork from the address it printed</title>
    <style>
      body { margin: 0; background: #f0f4f5; color: #212b32; font: 16px/1.5 Roboto, "Helvetica Neue", Arial, sans-serif; }
      header { background: #005eb8; color: #fff; padding: 18px 24px; font-size: 1.25rem; font-weight: 700; }
      main { max-width: 760px; margin: 32px auto; padding: 24px 32px; background: #fff; border-radius: 6px;
        box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); }
      h1 { font-size: 1.75rem; font-weight: 500; margin: 0 0 16px; }
      h2 { font-size: 1.1rem; font-weight: 500; margin: 24px 0 8px; }
      code { background: #e8edee; padding: 2px 6px; border-radius: 4px; font-size: 0.95em; white-space: nowrap; }
      code.address { white-space: normal; overflow-wrap: anywhere; }
      li { margin-bottom: 8px; }
      .aside { color: #425563; font-size: 0.95rem; }
    </style>
  </head>
  <body>
    <header>Linkwork</header>
    <main>
      <h1>This address does not open Linkwork</h1>
      <p>
        Linkwork opens in a browser only from the full address it printed when it started. That address carries a
        key, and this one has no key, or the key of an earlier start. Nothing is wrong with your data.
      </p>
      <h2>To open Linkwork</h2>
      <ol>
        <li>Go to the window where Linkwork is running: the terminal where <code>npm start</code> or <code>npm run web</code> was typed.</li>
        <li>Copy the address it printed. It looks like <code class="address">${printed}</code>: the part after <code>?token=</code> is the key.</li>
        <li>Paste it into this browser's address bar and press Enter.</li>
      </ol>
      <p>If Linkwork has stopped, start it again: it prints a new address, and an address from an earlier start no longer opens it.</p>
      <p class="aside">
        Why a key: Linkwork answers only on this computer, and the key keeps other web pages and programs on it
        away from your data. Once opened, this tab keeps the key, so the address bar no longer shows it.
      </p>
    </main>
  </body>
</html>
`;
}
