/**
 * office.js is referenced in the `<head>` of taskpane.html, the page the manifest opens, as
 * Office requires; it is never injected later. This module only reads the outcome: Excel,
 * another or no Office host, or office.js missing (no network, a proxy blocking Microsoft's CDN).
 * When Office is certainly the host (it put `_host_Info` in the address, or the page runs in
 * Office's webview) a missing office.js is an error with *Riprova*; anywhere else the page is
 * open by mistake in a plain browser, and it points at the standalone page.
 */

/** How long Office.onReady may take to report the host. */
const READY_TIMEOUT_MS = 8_000;

interface HostSignals {
  location: { search: string };
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: unknown };
  external?: unknown;
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

/**
 * Office itself opened the page: the host info Office adds to the add-in's address (desktop and
 * on the web), or Office's webview (WebView2, WKWebView, the old IE control). A bare iframe is not
 * enough: any page can frame it.
 */
export function surelyInOffice(w: HostSignals): boolean {
  if (/[?&]_host_Info=/i.test(w.location.search)) return true;
  if (w.chrome?.webview || w.webkit?.messageHandlers) return true;
  const ext = w.external as { GetContext?: unknown } | undefined;
  return typeof ext?.GetContext !== 'undefined';
}

/** `excel`: inside Excel; `other`: office.js says the host is not Excel (or none); `failed`: office.js did not load or answer. */
export type OfficeStatus = { kind: 'excel' } | { kind: 'other' } | { kind: 'failed' };

/** The Office host the pane runs in, from the office.js the page's `<head>` loaded (or failed to). */
export async function officeStatus(): Promise<OfficeStatus> {
  if (typeof Office === 'undefined') return { kind: 'failed' };
  try {
    const info = await withTimeout(Office.onReady(), READY_TIMEOUT_MS);
    return String(info.host ?? '') === 'Excel' ? { kind: 'excel' } : { kind: 'other' };
  } catch {
    return { kind: 'failed' };
  }
}
