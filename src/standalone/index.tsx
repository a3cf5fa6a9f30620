/**
 * Entry of standalone.html, the page without Excel: the pane on a `.xlsx` held in the browser.
 * `?esempio` in the address opens the bundled sample plan.
 */
import { createRoot } from 'react-dom/client';
import { StandaloneApp } from './StandaloneApp';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StandaloneApp openSample={new URLSearchParams(location.search).has('esempio')} />);
