/**
 * electron-vite's development server, which serves the page with hot reloading while Linkwork is being worked on.
 *
 * `electron-vite dev` starts it, puts its address in ELECTRON_RENDERER_URL and marks the Electron process with
 * NODE_ENV_ELECTRON_VITE=development. Both are only environment variables, which anyone can set before starting a
 * built app, so they count only in a bundle built for the dev server: electron.vite.config.ts defines
 * `__LINKWORK_DEV_SERVER__` as true for `electron-vite dev` and false for `electron-vite build`, and a built app's
 * bundle has the answer written into it. Anywhere the constant is not defined (the tests) counts as built.
 */
declare const __LINKWORK_DEV_SERVER__: boolean | undefined;

export const BUILT_FOR_DEV_SERVER: boolean =
  typeof __LINKWORK_DEV_SERVER__ === 'boolean' ? __LINKWORK_DEV_SERVER__ : false;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's origin, or null (the page comes from app://): only in a bundle built for the dev server, only
 * while electron-vite says so, and only a plain http address on this computer.
 */
export function devServerOrigin(builtForDevServer: boolean, env: NodeJS.ProcessEnv): string | null {
  if (!builtForDevServer || env.NODE_ENV_ELECTRON_VITE !== 'development') return null;
  const address = env.ELECTRON_RENDERER_URL;
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname) || url.username || url.password) return null;
  return url.origin;
}
