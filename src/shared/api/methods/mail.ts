export const mailMethods = {};
