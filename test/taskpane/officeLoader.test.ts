/**
 * What taskpane.html does with the office.js its <head> loaded: inside Excel the pane, inside
 * Office with office.js missing an error with Riprova, anywhere else a link to the standalone page.
 */
import { officeStatus, surelyInOffice } from '../../src/taskpane/officeLoader';
import { standaloneHref } from '../../src/taskpane/NotInOffice';

const plain = { location: { search: '' } };

it.each([
  ['the host info Office adds to the address (desktop)', true, { location: { search: '?_host_Info=Excel$Win32$16.01$it-IT$$$$0' } }],
  ['the host info Office adds to the address (on the web)', true, { location: { search: '?et=&_host_Info=Excel$Web$16.01$it-IT$$$$0' } }],
  ['Windows WebView2', true, { ...plain, chrome: { webview: {} } }],
  ['Mac WKWebView', true, { ...plain, webkit: { messageHandlers: {} } }],
  ['the old Internet Explorer control', true, { ...plain, external: { GetContext: () => null } }],
  ['a plain tab', false, plain],
  ['a plain tab with ?esempio', false, { location: { search: '?esempio' } }],
  ['a browser whose window.external has no GetContext', false, { ...plain, external: {} }],
])('%s: surely Office = %s (a missing office.js is then an error with Riprova)', (_name, expected, w) => {
  expect(surelyInOffice(w)).toBe(expected);
});

describe('officeStatus', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  it('office.js did not load (no Office global): failed', async () => {
    expect(await officeStatus()).toEqual({ kind: 'failed' });
  });

  it.each([
    ['Excel', { kind: 'excel' }],
    ['Word', { kind: 'other' }],
    [null, { kind: 'other' }],
  ])('office.js reports host %s', async (host, expected) => {
    g.Office = { onReady: () => Promise.resolve({ host, platform: null }) };
    expect(await officeStatus()).toEqual(expected);
  });

  it('office.js that never answers: failed after the timeout, not a pane stuck on «Caricamento…»', async () => {
    jest.useFakeTimers();
    try {
      g.Office = { onReady: () => new Promise(() => undefined) };
      const status = officeStatus();
      await jest.advanceTimersByTimeAsync(60_000);
      expect(await status).toEqual({ kind: 'failed' });
    } finally {
      jest.useRealTimers();
    }
  });
});

it('the link to the standalone page keeps ?esempio and nothing else', () => {
  expect(standaloneHref('')).toBe('standalone.html');
  expect(standaloneHref('?esempio')).toBe('standalone.html?esempio');
  expect(standaloneHref('?foo=1&esempio')).toBe('standalone.html?esempio');
  expect(standaloneHref('?foo=1')).toBe('standalone.html');
});
