// Mounts <sm-compose> the way a React 19 and a Vue 3 portal would. Bundled by esbuild for
// the browser test (React ships CommonJS), see web-test-runner.config.mjs.
import { createElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { createApp, h } from 'vue';
import { SmComposeReact, type SmComposeReactProps } from '../../src/react.js';
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

/** `<SmComposeReact>` rendered again with new props; returns the function that does so, and unmount. */
export function mountReactWith(container: HTMLElement, props: SmComposeReactProps): { render: (props: SmComposeReactProps) => void; unmount: () => void } {
  const root = createRoot(container);
  const render = (next: SmComposeReactProps) => flushSync(() => root.render(createElement(SmComposeReact, next)));
  render(props);
  return { render, unmount: () => root.unmount() };
}

/** The server's HTML (renderToString) hydrated in the page, as Next.js does; the errors React recovered from. */
export function hydrateReact(container: HTMLElement, props: SmComposeReactProps): { errors: unknown[]; unmount: () => void } {
  container.innerHTML = renderToString(createElement(SmComposeReact, props));
  const errors: unknown[] = [];
  const root = hydrateRoot(container, createElement(SmComposeReact, props), { onRecoverableError: (error) => errors.push(error) });
  return { errors, unmount: () => root.unmount() };
}

/** React 19's plain tag, with the attribute names and `onsm-…` listeners that sm-compose/jsx types. */
export function mountReactPlainTag(container: HTMLElement, onSubmit: OnSubmit): () => void {
  const root = createRoot(container);
  root.render(createElement('sm-compose', { locale: 'en', 'urgency-check': 'off', 'onsm-submit': (event: CustomEvent<SmSubmitDetail>) => onSubmit(event.detail) }));
  return () => root.unmount();
}

export function mountVue(container: HTMLElement, onSubmit: OnSubmit): () => void {
  const app = createApp({
    render: () => h('sm-compose', { locale: 'es', 'urgency-check': 'off', 'onSm-submit': (event: CustomEvent<SmSubmitDetail>) => onSubmit(event.detail) }),
  });
  app.mount(container);
  return () => app.unmount();
}
