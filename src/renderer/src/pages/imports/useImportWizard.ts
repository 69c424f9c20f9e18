import { useCallback, useRef, useState } from 'react';
import type { ColumnMapping, ImportField, ImportKind, ImportReport } from '../../../../shared/domain/imports.ts';
import { readAsBase64 } from '../../api/download.ts';
import { commitImport, dryRunImport } from '../../stores/imports.ts';

export const WIZARD_STEPS = ['choose', 'columns', 'courses', 'check', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export interface ChosenFile {
  name: string;
  dataBase64: string;
}

export interface WizardState {
  step: WizardStep;
  kind: ImportKind;
  file: ChosenFile | null;
  columns: ColumnMapping;
  /** Course names the file holds that the catalogue does not know, as the columns' dry run found them. */
  coursesToMatch: string[];
  courses: Record<string, string>;
  /** The latest dry run (or, once imported, the commit's report). */
  report: ImportReport | null;
  busy: boolean;
  error: string | null;
}

const START: WizardState = {
  step: 'choose',
  kind: 'register',
  file: null,
  columns: {},
  coursesToMatch: [],
  courses: {},
  report: null,
  busy: false,
  error: null,
};

const SPREADSHEET = /\.(csv|xlsx)$/i;

/** The import wizard's state and its moves: every check is a dry run on the backend, which writes nothing. */
export function useImportWizard() {
  const [state, setState] = useState<WizardState>(START);
  // Answers to an earlier request (the user went back, or chose again) are ignored.
  const latest = useRef(0);

  const run = useCallback(
    async <T>(work: () => Promise<T>, then: (answer: T, s: WizardState) => Partial<WizardState>) => {
      const request = ++latest.current;
      setState((s) => ({ ...s, busy: true, error: null }));
      try {
        const answer = await work();
        if (request === latest.current) setState((s) => ({ ...s, ...then(answer, s), busy: false }));
      } catch (error) {
        if (request === latest.current) setState((s) => ({ ...s, busy: false, error: (error as Error).message }));
      }
    },
    [],
  );

  const input = (s: WizardState, file: ChosenFile, columns: ColumnMapping | null) => ({
    kind: s.kind,
    fileName: file.name,
    dataBase64: file.dataBase64,
    columns,
    courses: s.kind === 'training' ? s.courses : {},
  });

  return {
    state,
    setKind: (kind: ImportKind) => {
      latest.current++;
      setState((s) => ({ ...START, kind, file: s.file }));
    },
    async chooseFile(chosen: File) {
      latest.current++;
      if (!SPREADSHEET.test(chosen.name)) {
        setState((s) => ({
          ...START,
          kind: s.kind,
          error: `That file is not a spreadsheet: ${chosen.name} is not an Excel (.xlsx) or CSV (.csv) file.`,
        }));
        return;
      }
      try {
        const dataBase64 = await readAsBase64(chosen);
        setState((s) => ({ ...START, kind: s.kind, file: { name: chosen.name, dataBase64 } }));
      } catch (error) {
        setState((s) => ({ ...START, kind: s.kind, error: (error as Error).message }));
      }
    },
    /** On to the columns, as guessed from the headings (or remembered from the last import of the kind). */
    toColumns: () => {
      const s = state;
      const file = s.file;
      if (!file) return;
      void run(
        () => dryRunImport({ ...input(s, file, null), courses: {} }),
        (report) => ({ step: 'columns', report, columns: report.columns, courses: {}, coursesToMatch: [] }),
      );
    },
    setColumn: (field: ImportField, column: number | null) =>
      setState((s) => ({ ...s, columns: { ...s.columns, [field]: column } })),
    /** Checks the chosen columns; unknown course names are asked about before the check. */
    afterColumns: () => {
      const s = state;
      const file = s.file;
      if (!file) return;
      void run(
        () => dryRunImport(input(s, file, s.columns)),
        (report) => {
          const ask = s.kind === 'training' && report.unknownCourses.length > 0;
          return { step: ask ? 'courses' : 'check', report, coursesToMatch: ask ? report.unknownCourses : [] };
        },
      );
    },
    setCourse: (course: string, requirementId: string) =>
      setState((s) => {
        const courses = { ...s.courses };
        if (requirementId) courses[course] = requirementId;
        else delete courses[course];
        return { ...s, courses };
      }),
    afterCourses: () => {
      const s = state;
      const file = s.file;
      if (!file) return;
      void run(
        () => dryRunImport(input(s, file, s.columns)),
        (report) => ({ step: 'check', report }),
      );
    },
    commit: (onlyValidRows: boolean) => {
      const s = state;
      const file = s.file;
      if (!file) return;
      void run(
        () => commitImport({ ...input(s, file, s.columns), onlyValidRows }),
        (report) => ({ step: 'done', report }),
      );
    },
    back: () => {
      latest.current++;
      setState((s) => ({
        ...s,
        busy: false,
        error: null,
        step:
          s.step === 'check' && s.coursesToMatch.length > 0
            ? 'courses'
            : s.step === 'check' || s.step === 'courses'
              ? 'columns'
              : 'choose',
      }));
    },
    startAgain: () => {
      latest.current++;
      setState((s) => ({ ...START, kind: s.kind }));
    },
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
