// Type test: the React wrappers of sm-compose/react. Compiled by test/core/types.test.ts; each
// `@ts-expect-error` must meet an error, or the compilation fails.
import { useRef, type ReactElement } from 'react';
import { SmCategoryPickerReact, SmComposeReact, SmPromptFieldsReact, SmUrgencyDialogReact, type SmCompose, type SmComposeReactProps } from 'sm-compose/react';

declare const api: { send(payload: unknown): Promise<void> };

export function Good(): ReactElement {
  const ref = useRef<SmCompose>(null);
  const props: SmComposeReactProps = { locale: 'es', maxLength: 1500 };
  return (
    <>
      <SmComposeReact
        ref={ref}
        {...props}
        emergencyNumber="112"
        crisisNumber="024"
        urgencyCheck="send"
        requireAcknowledgement
        name="message"
        draftKey="draft"
        leaveWarning="off"
        config={{ replyTime: { en: 'within 2 days', es: 'en 2 días' }, attachments: true }}
        className="portal"
        id="compose"
        onSmSubmit={(event) => event.detail.waitUntil(api.send(event.detail.payload))}
        onSmSent={(event) => event.detail.id.toUpperCase()}
        onSmConfigError={(event) => event.detail.issues.map((issue) => issue.message)}
        onSmUrgencyDecision={(event) => event.detail.decision}
        onSmAttachmentsChange={(event) => event.detail.count.toFixed()}
        onSmDictation={(event) => {
          const state: 'listening' | 'stopped' | 'error' = event.detail.state;
          return state;
        }}
      />
      <SmCategoryPickerReact value="scheduling" onSmCategoryChange={(event) => event.detail.category} />
      <SmUrgencyDialogReact open level="emergency" findings={['chest-pain']} onSmUrgencyDecision={(event) => event.detail.level} />
      <SmPromptFieldsReact dictation onSmFieldInput={(event) => event.detail.id} onSmDictation={(event) => event.detail.state} />
    </>
  );
}

export function Bad(): ReactElement[] {
  return [
    // @ts-expect-error -- maxLength is a number
    <SmComposeReact maxLength="1500" />,
    // @ts-expect-error -- not an urgency-check mode
    <SmComposeReact urgencyCheck="sometimes" />,
    // @ts-expect-error -- sm-submit's detail has no text: it never carries what was written outside the payload
    <SmComposeReact onSmSubmit={(event) => event.detail.text} />,
    // @ts-expect-error -- sm-dictation's states are listening, stopped and error
    <SmComposeReact onSmDictation={(event) => event.detail.state === 'paused'} />,
    // @ts-expect-error -- the config is checked
    <SmComposeReact config={{ replyTime: 3 }} />,
    // @ts-expect-error -- no such property
    <SmComposeReact maxlength={1500} />,
    // @ts-expect-error -- the category picker fires no sm-submit
    <SmCategoryPickerReact onSmSubmit={() => undefined} />,
  ];
}
