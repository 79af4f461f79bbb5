// The baseline of the lab's navigation benchmark: a bare React page, built by the same Vite, that renders one
// list of choice buttons as soon as it starts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <ol className="ruta-choices">
        <li>
          <button type="button">First choice</button>
        </li>
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
