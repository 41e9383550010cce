// Mounts <sm-compose> the way a React 19 and a Vue 3 portal would. Bundled by esbuild for
// the browser test (React ships CommonJS), see web-test-runner.config.mjs.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp, h } from 'vue';
import { SmComposeReact } from '../../src/react.js';
import type { SmSubmitDetail } from '../../src/events.js';

type OnSubmit = (detail: SmSubmitDetail) => void;

export function mountReact(container: HTMLElement, onSubmit: OnSubmit): () => void {
  const root = createRoot(container);
  root.render(
    createElement(SmComposeReact, {
      locale: 'en',
      urgencyCheck: 'off',
      onSmSubmit: (event: CustomEvent<SmSubmitDetail>) => onSubmit(event.detail),
    }),
  );
  return () => root.unmount();
}

export function mountVue(container: HTMLElement, onSubmit: OnSubmit): () => void {
  const app = createApp({
    render: () => h('sm-compose', { locale: 'es', 'urgency-check': 'off', 'onSm-submit': (event: CustomEvent<SmSubmitDetail>) => onSubmit(event.detail) }),
  });
  app.mount(container);
  return () => app.unmount();
}
