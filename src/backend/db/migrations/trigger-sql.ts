/** Pieces of trigger SQL the migrations share. */

/** A trigger body that stops the statement with `message`. */
export const refuse = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/** The columns of a row that stay as they are: `NEW.c IS OLD.c` for each. */
export const unchanged = (columns: readonly string[]) => columns.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ');
