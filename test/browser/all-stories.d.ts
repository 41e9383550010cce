declare module '/__stories__.js' {
  const modules: Record<string, Record<string, unknown>>;
  export default modules;
}
