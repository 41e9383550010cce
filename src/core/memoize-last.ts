/**
 * `compute`, remembering its last result: called again only when an argument changed (by
 * identity). What `<sm-compose>` derives from its state and settings is asked for several times
 * per update and by every keystroke; most of it changes far less often.
 */
export function memoizeLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args) => {
    if (last?.args.length === args.length && last.args.every((arg, i) => arg === args[i])) return last.value;
    last = { args, value: compute(...args) };
    return last.value;
  };
}
