/**
 * The factory of the React wrappers (`sm-compose/react`). Unlike `@lit/react`, it needs no
 * element class (the lazily loaded parts stay lazy) and it renders every property that has an
 * attribute form as that attribute, so a server renderer (`renderToString`, Next.js) writes
 * `<sm-compose locale="es" max-length="1500">`; properties without one (`config`, …) and the
 * `onSm…` listeners are set on the element in the browser.
 */
import * as React from 'react';
import type { AttributeProp, ElementPropsTable, EventProp, EventPropsOf, PropertiesOf, PropertyProp } from './element-props.js';

/** The props of a wrapper: the element's public properties by name, its events as `onSm…`, and the usual HTML attributes. */
export type WrapperProps<E extends HTMLElement, T extends ElementPropsTable> = PropertiesOf<E, T> &
  EventPropsOf<T> &
  Omit<React.HTMLAttributes<E>, AttributeProp<T> | PropertyProp<T> | EventProp<T>>;

/** A React component for an `sm-` element (`ref` is the element). */
export type SmReactComponent<E extends HTMLElement, T extends ElementPropsTable> = React.ForwardRefExoticComponent<WrapperProps<E, T> & React.RefAttributes<E>>;

/** The attribute text of a property value: `''` for true; none for false, null or undefined. */
function attributeText(value: unknown): string | undefined {
  if (value === true) return '';
  if (value === false || value === null || value === undefined) return undefined;
  return String(value);
}

// Layout effects run in the browser only; on a server the hook is not called at all (React 18
// warns about useLayoutEffect there, and a Server Component build of React has none).
const useBrowserLayoutEffect: (effect: () => void) => void = typeof document === 'undefined' ? () => undefined : (effect) => React.useLayoutEffect(effect);

export function createWrapper<E extends HTMLElement, T extends ElementPropsTable>(table: T, displayName: string): SmReactComponent<E, T> {
  const attributes: Readonly<Record<string, string>> = table.attributes;
  const properties = new Set<string>(table.properties);
  const events: Readonly<Record<string, string>> = table.events;

  const Wrapper = React.forwardRef<E, Record<string, unknown>>((props, ref) => {
    const element = React.useRef<E | null>(null);
    const applied = React.useRef(new Map<string, unknown>());
    const listeners = React.useRef(new Map<string, { handleEvent: (event: Event) => void }>());

    const hostProps: Record<string, unknown> = {};
    const elementProps = new Map<string, unknown>();
    for (const [key, value] of Object.entries(props)) {
      if (Object.hasOwn(events, key) || properties.has(key)) elementProps.set(key, value);
      else if (Object.hasOwn(attributes, key)) {
        const text = attributeText(value);
        if (text !== undefined) hostProps[attributes[key]!] = text;
      } else hostProps[key === 'className' ? 'class' : key] = value;
    }

    useBrowserLayoutEffect(() => {
      const node = element.current;
      if (!node) return;
      const set = (key: string, value: unknown) => {
        const type = events[key];
        if (type === undefined) {
          (node as unknown as Record<string, unknown>)[key] = value;
          return;
        }
        const listener = listeners.current.get(type);
        if (typeof value === 'function') {
          if (listener) listener.handleEvent = value as (event: Event) => void;
          else {
            const handler = { handleEvent: value as (event: Event) => void };
            listeners.current.set(type, handler);
            node.addEventListener(type, handler);
          }
        } else if (listener) {
          node.removeEventListener(type, listener);
          listeners.current.delete(type);
        }
      };
      for (const [key, value] of elementProps) if (!applied.current.has(key) || applied.current.get(key) !== value) set(key, value);
      for (const key of applied.current.keys()) if (!elementProps.has(key)) set(key, undefined);
      applied.current = elementProps;
    });

    const setRef = React.useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    // Lit may add attributes (reflected properties) before React hydrates.
    return React.createElement(table.tagName, { ...hostProps, ref: setRef, suppressHydrationWarning: true });
  });
  Wrapper.displayName = displayName;
  return Wrapper as unknown as SmReactComponent<E, T>;
}
