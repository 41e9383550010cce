/**
 * The `tel:` or `sms:` address of a number as the host wrote it: what a dialler reads (digits,
 * `+`, `*`, `#`, pauses and RFC 3966's visual separators); spaces and anything else are left out.
 * The one place both the inline notice and the urgency dialog build their call links.
 */
export function callHref(number: string, scheme: 'tel' | 'sms' = 'tel'): string {
  return `${scheme}:${number.replace(/[^\d+*#,;pw().-]/gi, '')}`;
}
