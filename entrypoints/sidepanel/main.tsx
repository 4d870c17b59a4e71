import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidepanelApp } from '@/components/sidepanel-app';
import { ErrorBoundary } from '@/components/error-boundary';
import '@/components/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <SidepanelApp />
    </ErrorBoundary>
  </StrictMode>,
);
