export const homeMethods = {};
