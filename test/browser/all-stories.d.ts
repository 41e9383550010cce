declare module 'virtual:all-stories' {
  const modules: Record<string, Record<string, unknown>>;
  export default modules;
}

/** test/frameworks/apps.ts, bundled with React and Vue (see web-test-runner.config.mjs). */
declare module 'virtual:framework-apps' {
  import type { SmSubmitDetail } from '../../src/events.js';
  export function mountReact(container: HTMLElement, onSubmit: (detail: SmSubmitDetail) => void): () => void;
  export function mountVue(container: HTMLElement, onSubmit: (detail: SmSubmitDetail) => void): () => void;
  export const mountReactWith: typeof import('../frameworks/apps.js').mountReactWith;
  export const hydrateReact: typeof import('../frameworks/apps.js').hydrateReact;
  export const mountReactPlainTag: typeof import('../frameworks/apps.js').mountReactPlainTag;
}
