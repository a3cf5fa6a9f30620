/**
 * office.js comes from Microsoft's CDN and is needed only inside Office. The page loads it when it
 * looks hosted by Office, so that the standalone page opens at once in a plain browser and keeps
 * working offline. When Office is certainly the host (it put `_host_Info` in the address, or the
 * page runs in Office's webview) and office.js fails, the pane says so with *Riprova*: it never
 * turns into the standalone file picker inside Excel. Only a bare frame of unknown origin falls
 * back to the standalone page.
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

/**
 * Office itself opened the page: the host info Office adds to the add-in's address, or Office's
 * webview (WebView2, WKWebView, the old IE control). A bare iframe is not enough: any page can frame it.
 */
export function surelyInOffice(w: HostSignals): boolean {
  if (/[?&]_host_Info=/i.test(w.location.search)) return true;
  if (w.chrome?.webview || w.webkit?.messageHandlers) return true;
  const ext = w.external as { GetContext?: unknown } | undefined;
  return typeof ext?.GetContext !== 'undefined';
}

/** `excel`: inside Excel; `other`: office.js says there is no Office host; `failed`: office.js did not load or answer. */
export type OfficeStatus = { kind: 'excel' } | { kind: 'other' } | { kind: 'failed' };

/** The Office host the pane runs in. */
export async function officeStatus(): Promise<OfficeStatus> {
  try {
    if (typeof Office === 'undefined') await withTimeout(loadScript(OFFICE_JS_URL), LOAD_TIMEOUT_MS);
    const info = await withTimeout(Office.onReady(), READY_TIMEOUT_MS);
    return String(info.host ?? '') === 'Excel' ? { kind: 'excel' } : { kind: 'other' };
  } catch {
    return { kind: 'failed' };
  }
}

/** The Office host the pane runs in (`Excel`), or null when it is not in Office or office.js cannot load. */
export async function officeHost(): Promise<string | null> {
  const s = await officeStatus();
  return s.kind === 'excel' ? 'Excel' : null;
}
