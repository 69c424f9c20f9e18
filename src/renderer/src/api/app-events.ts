/** The desktop shell's menu asks the page to open a route; browser mode has no menu. */
export function onNavigateRequest(listener: (route: string) => void): () => void {
  return window.linkwork ? window.linkwork.on('navigate', (route) => listener(String(route))) : () => undefined;
}
