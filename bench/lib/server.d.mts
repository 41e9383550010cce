export function serve(
  mounts: Record<string, string>,
  options?: { gzip?: boolean },
): Promise<{ url: string; requests: Map<string, number>; close(): Promise<void> }>;
