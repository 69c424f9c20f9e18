export const searchMethods = {};
