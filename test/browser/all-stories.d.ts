declare module 'virtual:all-stories' {
  const modules: Record<string, Record<string, unknown>>;
  export default modules;
}

declare module 'virtual:framework-apps' {
  export * from '../frameworks/apps.js';
}
