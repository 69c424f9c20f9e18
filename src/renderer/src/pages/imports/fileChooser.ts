export interface ChosenFile {
  name: string;
  dataBase64: string;
}

/** What choosing a file leads to: the file, read, or why it cannot be imported. */
export type FileChoice = { file: ChosenFile; error: null } | { file: null; error: string };

const SPREADSHEET = /\.(csv|xlsx)$/i;

/**
 * Reads the files the user chooses, one choice at a time: reading takes a while, and the user may choose again (or
 * start again) meanwhile, so only the latest choice is answered and a slow earlier file never replaces a later one.
 */
export function fileChooser(read: (file: File) => Promise<string>) {
  let latest = 0;
  return {
    /** The chosen file, read, or why it cannot be imported; null when another choice (or `forget`) came since. */
    async choose(chosen: File): Promise<FileChoice | null> {
      const choice = ++latest;
      if (!SPREADSHEET.test(chosen.name)) {
        const error = `That file is not a spreadsheet: ${chosen.name} is not an Excel (.xlsx) or CSV (.csv) file.`;
        return { file: null, error };
      }
      try {
        const dataBase64 = await read(chosen);
        return choice === latest ? { file: { name: chosen.name, dataBase64 }, error: null } : null;
      } catch (error) {
        return choice === latest ? { file: null, error: (error as Error).message } : null;
      }
    },
    /** Leaves any choice still being read unanswered. */
    forget() {
      latest++;
    },
  };
}
