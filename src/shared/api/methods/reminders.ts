export const reminderMethods = {};
