import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadRoute } from './App';
import { loadMessages } from './catalogue';
import { parseRoute } from './route';
import { LabStore } from './storage';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
const store = new LabStore();
// The first page and its data load before the first render, so it renders once, complete. A failure (a
// scenario that is not in this lab) is the page's to report.
void Promise.all([
  loadMessages(store.data.profile?.lang ?? 'es'),
  preloadRoute(parseRoute(window.location.hash), store.data.profile?.lang).catch(() => undefined),
]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  ),
);
