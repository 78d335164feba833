import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadApolloRoot } from './routes';

// The GraphQL client is a separate chunk: fetch it now, in parallel with the session restore.
void loadApolloRoot();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
