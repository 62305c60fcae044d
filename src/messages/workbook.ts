export const workbookMessages = {} as const;
