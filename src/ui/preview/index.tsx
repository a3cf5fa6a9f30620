/** preview.html: the pane on a demo plan with no Excel behind it (screenshots, design reviews). */
import { createRoot } from 'react-dom/client';
import { App, type TabId } from '../App';
import { coreEngine } from '../engine';
import { demoGrid } from './demoGrid';
import { demoHost } from './demoHost';

const params = new URLSearchParams(location.search);
const tab = (params.get('tab') ?? 'controllo') as TabId;
const root = document.getElementById('root');
if (root) createRoot(root).render(<App host={demoHost(demoGrid(), (l) => console.log(l))} engine={coreEngine} initialTab={tab} />);
