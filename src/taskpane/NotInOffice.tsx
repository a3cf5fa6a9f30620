/**
 * taskpane.html opened outside Excel (a plain browser tab, another Office application, or offline
 * where office.js cannot load and nothing says Office is the host): the pane cannot work here, so it
 * says what the page is and links the page that works without Excel.
 */
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';

/** The page without Excel, built beside taskpane.html (webpack.config.js). */
export const STANDALONE_PAGE = 'standalone.html';

/** The standalone page's address, keeping `?esempio` (open the sample) when the user asked for it. */
export function standaloneHref(search: string): string {
  return new URLSearchParams(search).has('esempio') ? `${STANDALONE_PAGE}?esempio` : STANDALONE_PAGE;
}

export function NotInOffice({ search }: { search: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12, maxWidth: 640 }}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Questa pagina è il riquadro per Excel</MessageBarTitle>
            Funziona aperta dentro Excel, dal pulsante <strong>Piano PEG</strong> della scheda Home. Per controllare un piano e generare i
            fogli senza Excel, su un file .xlsx del computer, usa la pagina senza Excel.
          </MessageBarBody>
        </MessageBar>
        <p style={{ fontFamily: 'Segoe UI, sans-serif' }}>
          <Link href={standaloneHref(search)}>Apri la pagina senza Excel</Link>
        </p>
      </main>
    </FluentProvider>
  );
}
