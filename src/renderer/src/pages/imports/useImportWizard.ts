import { useCallback, useRef, useState } from 'react';
import type { ColumnMapping, ImportField, ImportKind, ImportReport } from '../../../../shared/domain/imports.ts';
import { readAsBase64 } from '../../api/download.ts';
import { commitImport, dryRunImport } from '../../stores/imports.ts';
import type { ChosenFile } from './fileChooser.ts';
import { fileChooser } from './fileChooser.ts';

export type WizardStep = 'choose' | 'columns' | 'courses' | 'check' | 'done';

export interface WizardState {
  step: WizardStep;
  kind: ImportKind;
  file: ChosenFile | null;
  columns: ColumnMapping;
  /** Course names in the file that neither the catalogue nor an earlier import knows, to ask about. */
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

/** The import wizard's state and its moves: every check is a dry run on the backend, which writes nothing. */
export function useImportWizard() {
  const [state, setState] = useState<WizardState>(START);
  // Answers to an earlier request (the user went back, or chose again) are ignored.
  const latest = useRef(0);
  const [files] = useState(() => fileChooser(readAsBase64));

  const run = useCallback(async <T>(work: () => Promise<T>, then: (answer: T) => Partial<WizardState>) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const answer = await work();
      if (request === latest.current) setState((s) => ({ ...s, ...then(answer), busy: false }));
    } catch (error) {
      if (request === latest.current) setState((s) => ({ ...s, busy: false, error: (error as Error).message }));
    }
  }, []);

  /** The chosen file as the backend takes it, with these columns (null: guess them) and course choices. */
  const inputWith = (columns: ColumnMapping | null, courses: Record<string, string>) =>
    state.file && {
      kind: state.kind,
      fileName: state.file.name,
      dataBase64: state.file.dataBase64,
      columns,
      courses: state.kind === 'training' ? courses : {},
    };

  const check = (
    columns: ColumnMapping | null,
    courses: Record<string, string>,
    then: (report: ImportReport) => Partial<WizardState>,
  ) => {
    const input = inputWith(columns, courses);
    if (input) void run(() => dryRunImport(input), then);
  };

  return {
    state,
    setKind: (kind: ImportKind) => {
      latest.current++;
      setState((s) => ({ ...START, kind, file: s.file }));
    },
    async chooseFile(chosen: File) {
      latest.current++;
      const choice = await files.choose(chosen);
      if (!choice) return;
      latest.current++; // a check started on the earlier file while this one was read is answered for that file
      setState((s) => ({ ...START, kind: s.kind, ...choice }));
    },
    /** On to the columns, as guessed from the headings (or remembered from the last import of the kind). */
    toColumns: () =>
      check(null, {}, (report) => ({ step: 'columns', report, columns: report.columns, coursesToMatch: [] })),
    setColumn: (field: ImportField, column: number | null) =>
      setState((s) => ({ ...s, columns: { ...s.columns, [field]: column } })),
    /**
     * Checks the chosen columns. Every course name still unknown is asked about (those chosen before keep their
     * choice); with none, this dry run is the check.
     */
    afterColumns: () =>
      check(state.columns, {}, (report) => {
        const unknown = state.kind === 'training' ? report.unknownCourses : [];
        if (unknown.length === 0) return { step: 'check', report, coursesToMatch: [] };
        const kept = Object.entries(state.courses).filter(([course]) => unknown.includes(course));
        return { step: 'courses', report, coursesToMatch: unknown, courses: Object.fromEntries(kept) };
      }),
    setCourse: (course: string, requirementId: string) =>
      setState((s) => {
        const courses = { ...s.courses };
        if (requirementId) courses[course] = requirementId;
        else delete courses[course];
        return { ...s, courses };
      }),
    afterCourses: () => check(state.columns, state.courses, (report) => ({ step: 'check', report })),
    commit: (onlyValidRows: boolean) => {
      const input = inputWith(state.columns, state.courses);
      if (input)
        void run(
          () => commitImport({ ...input, onlyValidRows }),
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
      files.forget();
      setState((s) => ({ ...START, kind: s.kind }));
    },
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
