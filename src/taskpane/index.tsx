/**
 * Entry of taskpane.html, the page the manifest opens (office.js is in its `<head>`). Inside Excel
 * it is the add-in's pane over Office.js. Inside Office with an office.js that did not load, it is
 * an error with Riprova, never the standalone file picker. Anywhere else it was opened by mistake:
 * it says so and links the standalone page (standalone.html).
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/officeHost';
import { App } from '../ui/App';
import { coreEngine } from '../ui/engine';
import { NotInOffice } from './NotInOffice';
import { OfficeLoadError } from './OfficeLoadError';
import { officeStatus, surelyInOffice } from './officeLoader';

function mount(node: React.ReactNode) {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(node);
}

function excel() {
  mount(<App host={createOfficeHost({ toXlsx: (plan) => import(/* webpackChunkName: "xlsx" */ '../excel/newWorkbook').then((m) => m.planToXlsx(plan)) })} engine={coreEngine} />);
}

void officeStatus().then((status) => {
  if (status.kind === 'excel') excel();
  else if (status.kind === 'failed' && surelyInOffice(window as unknown as Parameters<typeof surelyInOffice>[0])) mount(<OfficeLoadError retry={() => location.reload()} />);
  else mount(<NotInOffice search={location.search} />);
});
