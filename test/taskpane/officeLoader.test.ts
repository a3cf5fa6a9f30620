/** When the page tries office.js: only where Office may be hosting it. */
import { looksHostedByOffice, surelyInOffice } from '../../src/taskpane/officeLoader';

const tab = { location: { search: '' } };
const plain = { ...tab, self: tab, top: tab };

it('a plain browser tab is not Office: office.js is not even requested', () => {
  expect(looksHostedByOffice(plain)).toBe(false);
  expect(looksHostedByOffice({ ...plain, location: { search: '?esempio' } })).toBe(false);
  expect(looksHostedByOffice({ ...plain, external: {} })).toBe(false);
});

it.each([
  ['Office on the web (an iframe)', { location: { search: '' }, self: {}, top: {} }],
  ['desktop Excel (the host info in the address)', { ...plain, location: { search: '?_host_Info=Excel$Win32$16.01$it-IT$$$$0' } }],
  ['Windows WebView2', { ...plain, chrome: { webview: {} } }],
  ['Mac WKWebView', { ...plain, webkit: { messageHandlers: {} } }],
  ['the old Internet Explorer control', { ...plain, external: { GetContext: () => null } }],
])('%s may be Office', (_name, w) => {
  expect(looksHostedByOffice(w)).toBe(true);
});

it.each([
  ['the host info Office adds to the address', { ...plain, location: { search: '?_host_Info=Excel$Web$16.01$it-IT$$$$0' } }, true],
  ['Windows WebView2', { ...plain, chrome: { webview: {} } }, true],
  ['Mac WKWebView', { ...plain, webkit: { messageHandlers: {} } }, true],
  ['a bare iframe (any page can frame the standalone page)', { location: { search: '' }, self: {}, top: {} }, false],
  ['a plain tab', plain, false],
])('%s: surely Office (a failed office.js is an error with Riprova) = %s', (_name, w, expected) => {
  expect(surelyInOffice(w)).toBe(expected);
});
