/** `{ firstLoad, later }`: paths of the entry's static closure, and of every file it can load later. */
export function bundleFiles(entry: string): { firstLoad: string[]; later: string[] };
