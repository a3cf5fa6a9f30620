/** Entry of the task pane inside Excel. */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/officeHost';
import { App } from './App';
import { coreEngine } from './engine';

function mount(node: React.ReactNode) {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(node);
}

function outsideOffice() {
  const el = document.getElementById('root');
  if (el) {
    el.innerHTML =
      '<p style="font-family:\'Segoe UI\',sans-serif;padding:12px">Questa pagina è il riquadro del componente aggiuntivo: aprila da Excel, con il pulsante «Piano PEG» della scheda Home.</p>';
  }
}

if (typeof Office === 'undefined') {
  outsideOffice();
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      mount(<App host={createOfficeHost({ toXlsx: (plan) => import(/* webpackChunkName: "xlsx" */ '../excel/newWorkbook').then((m) => m.planToXlsx(plan)) })} engine={coreEngine} />);
    } else outsideOffice();
  });
}
