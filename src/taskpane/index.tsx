/**
 * Entry of taskpane.html. Inside Excel it is the add-in's pane over Office.js; in a plain browser
 * it is the standalone page on a `.xlsx` held in the browser. Inside Office, an office.js that
 * cannot load is an error with Riprova (officeLoader.ts).
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/officeHost';
import { StandaloneApp } from '../standalone/StandaloneApp';
import { App } from '../ui/App';
import { coreEngine } from '../ui/engine';
import { OfficeLoadError } from './OfficeLoadError';
import { looksHostedByOffice, officeStatus, surelyInOffice } from './officeLoader';

function mount(node: React.ReactNode) {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(node);
}

function standalone() {
  mount(<StandaloneApp openSample={new URLSearchParams(location.search).has('esempio')} />);
}

function excel() {
  mount(<App host={createOfficeHost({ toXlsx: (plan) => import(/* webpackChunkName: "xlsx" */ '../excel/newWorkbook').then((m) => m.planToXlsx(plan)) })} engine={coreEngine} />);
}

const signals = window as unknown as Parameters<typeof looksHostedByOffice>[0];
if (looksHostedByOffice(signals)) {
  void officeStatus().then((status) => {
    if (status.kind === 'excel') excel();
    else if (status.kind === 'failed' && surelyInOffice(signals)) mount(<OfficeLoadError retry={() => location.reload()} />);
    else standalone();
  });
} else standalone();
