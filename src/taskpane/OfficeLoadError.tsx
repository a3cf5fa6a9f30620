/**
 * Inside Excel, when office.js did not load (no network, a proxy blocking Microsoft's CDN): the
 * pane says so and offers Riprova, instead of opening the standalone file picker inside Excel.
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';

export function OfficeLoadError({ retry }: { retry: () => void }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Il riquadro non riesce a collegarsi a Excel</MessageBarTitle>
            La libreria di Office (office.js) non si è caricata: controlla la connessione a Internet o che il proxy dell’ente non blocchi
            appsforoffice.microsoft.com, poi premi Riprova.
          </MessageBarBody>
        </MessageBar>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={retry} style={{ marginTop: 12 }}>
          Riprova
        </Button>
      </main>
    </FluentProvider>
  );
}
