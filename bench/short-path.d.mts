export const PHONE: { width: number; height: number };
export const CATEGORIES: string[];
export interface PathRow {
  category: string;
  lang: 'en' | 'es';
  /** Sent to a care team chosen from `config.recipients`. */
  teams: boolean;
  /** The height from the top of the page to the Review button, in phone screens. */
  screens: number;
  fields: number;
  required: number;
  /** Every key pressed, typed characters included. */
  keys: number;
  typed: number;
}
export function measurePath(): Promise<PathRow[]>;
export function pathMarkdown(rows: readonly PathRow[]): string;
