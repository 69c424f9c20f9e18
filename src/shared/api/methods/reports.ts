export const reportMethods = {};
