import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LabStore } from './storage';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
const store = new LabStore();
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
