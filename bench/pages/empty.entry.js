// The floor of a first render on this machine: a page that loads one module with nothing in it
// (no element to define or render). What every library's first render pays before its own work.
export {};
