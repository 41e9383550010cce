export function chromePath(): string | undefined;
export const chromeArgs: string[];
export const missingChromeMessage: string;
