/**
 * office.js comes from Microsoft's CDN and is needed only inside Office. The page loads it when it
 * looks hosted by Office, and gives up after a short wait, so that the standalone page opens at
 * once in a plain browser and keeps working offline.
 */
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** How long office.js may take to load and report the host before the page goes standalone. */
const LOAD_TIMEOUT_MS = 10_000;
const READY_TIMEOUT_MS = 8_000;

interface HostSignals {
  location: { search: string };
  self: unknown;
  top: unknown;
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: unknown };
  external?: unknown;
}

/**
 * Office on the web runs the pane in an iframe; desktop Excel opens it in a webview (WebView2 on
 * Windows, WKWebView on Mac) and adds `_host_Info` to its address. A plain browser tab has none.
 */
export function looksHostedByOffice(w: HostSignals): boolean {
  if (/[?&]_host_Info=/i.test(w.location.search)) return true;
  if (w.self !== w.top) return true;
  if (w.chrome?.webview) return true;
  if (w.webkit?.messageHandlers) return true;
  const ext = w.external as { GetContext?: unknown } | undefined;
  return typeof ext?.GetContext !== 'undefined';
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src} non disponibile`));
    document.head.appendChild(s);
  });
}

/** The Office host the pane runs in (`Excel`), or null when it is not in Office or office.js cannot load. */
export async function officeHost(): Promise<string | null> {
  try {
    if (typeof Office === 'undefined') await withTimeout(loadScript(OFFICE_JS_URL), LOAD_TIMEOUT_MS);
    const info = await withTimeout(Office.onReady(), READY_TIMEOUT_MS);
    return info.host ? String(info.host) : null;
  } catch {
    return null;
  }
}
