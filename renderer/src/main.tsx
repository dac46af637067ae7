import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
// Tokens and base rules before any feature's CSS, which builds on them.
import './styles/tokens.css';
import './styles/base.css';
import { connect } from './api/connect';
import { App } from './app/App';
import { setupGrid } from './features/grid/setupGrid';
import { setupI18n } from './i18n/setup';

// The CSP forbids eval: tell zod not to probe for it (the probe would log a CSP violation).
z.config({ jitless: true });

async function boot(): Promise<void> {
  await setupI18n();
  setupGrid();
  const connection = connect();
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <App connection={connection} />
    </StrictMode>,
  );
}

void boot();
