import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidepanelApp } from '@/components/sidepanel-app';
import '@/components/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidepanelApp />
  </StrictMode>,
);
