// Type test: React 19's plain tags, typed by sm-compose/jsx. Compiled by
// test/core/types.test.ts; each `@ts-expect-error` must meet an error.
import type {} from 'sm-compose/jsx';
import type { ReactElement } from 'react';

export function Good(): ReactElement {
  return (
    <>
      <sm-compose
        locale="es"
        max-length={1500}
        emergency-number="112"
        urgency-check="off"
        require-acknowledgement
        name="message"
        config={{ replyTime: 'within 2 days' }}
        className="portal"
        onsm-submit={(event) => event.detail.waitUntil(Promise.resolve(event.detail.payload.id))}
        onsm-attachments-change={(event) => event.detail.count}
        onsm-dictation={(event) => event.detail.state}
      />
      <sm-compose max-length="1500" />
      <sm-category-picker value="other" onsm-category-change={(event) => event.detail.category} />
      <sm-char-budget for="message" max={500} count={12} warning-ratio={0.9} />
      <sm-prompt-fields prompts={[]} values={{}} />
      <sm-urgency-dialog open level="crisis" red-flags-are-not-an-attribute="" />
    </>
  );
}

export function Bad(): ReactElement[] {
  return [
    // @ts-expect-error -- max-length is a number
    <sm-compose max-length="lots" />,
    // @ts-expect-error -- not an urgency-check mode
    <sm-compose urgency-check="sometimes" />,
    // @ts-expect-error -- config is an object, set as a property
    <sm-compose config="{}" />,
    // @ts-expect-error -- sm-submit's detail has no text
    <sm-compose onsm-submit={(event) => event.detail.text} />,
    // @ts-expect-error -- not one of the library's tags
    <sm-composer />,
  ];
}
