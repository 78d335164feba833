/** Page sizes of every connection (a module of its own: the request checks read them without the schema). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
