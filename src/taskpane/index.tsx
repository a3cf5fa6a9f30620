/**
 * Entry of taskpane.html. Inside Excel it is the add-in's pane over Office.js; in a plain browser
 * (or when office.js cannot load) it is the standalone page on a `.xlsx` held in the browser.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/officeHost';
import { StandaloneApp } from '../standalone/StandaloneApp';
import { App } from './App';
import { coreEngine } from './engine';
import { looksHostedByOffice, officeHost } from './officeLoader';

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

if (looksHostedByOffice(window as unknown as Parameters<typeof looksHostedByOffice>[0])) {
  void officeHost().then((host) => (host === 'Excel' ? excel() : standalone()));
} else standalone();
