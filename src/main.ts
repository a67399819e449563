import { mount } from 'svelte';
import Halvera from './ui/Halvera.svelte';
import './ui/global.css';

mount(Halvera, { target: document.getElementById('app')! });

// Offline after the first visit (the service worker is built by vite-plugin-pwa; not in development).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      /* no service worker (private mode, file://): the page works online as before */
    });
  });
}
