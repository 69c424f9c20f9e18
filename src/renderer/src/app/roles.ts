import type { AppStatus } from '../../../shared/domain/app.ts';

export interface Section {
  route: string;
  label: string;
}

export interface WayHome {
  href: string;
  label: string;
}

/**
 * What the person at the screen may open and change, so each role sees only its own menu, pages and buttons.
 * The backend decides every call whatever the page shows (the one door); this only keeps the page honest.
 */
export interface Abilities {
  team: boolean;
  /** Sees every worker and every page: personal mode, the lead and the viewer. */
  readsAll: boolean;
  /** Changes what is the lead's (the register, settings, claims...): personal mode and the lead. */
  changesAll: boolean;
  /** The signed-in worker's own id, if the account is a worker's. */
  selfId: number | null;
  /** The workers the signed-in account supervises. */
  supervisees: ReadonlySet<number>;
  /** The route a signed-in person lands on. */
  home: string;
  wayHome: WayHome;
  menu: readonly Section[];
  /** Why this address is not for this person, or null when they may open it. */
  refusalOf(path: readonly string[], query: URLSearchParams): string | null;
  /** May open this worker's page. */
  seesWorker(workerId: number): boolean;
  /**
   * May change this worker's records where the method allows the lead and (as given) their supervisor and the
   * worker themself: mirrors the method's `changeAbout` policy in the contract.
   */
  mayChange(workerId: number, who: { supervisor: boolean; self: boolean }): boolean;
}

const HOME: Section = { route: 'home', label: 'Home' };

export const ALL_SECTIONS: readonly Section[] = [
  HOME,
  { route: 'staff', label: 'Staff register' },
  { route: 'matrix', label: 'Training matrix' },
  { route: 'reports', label: 'Compliance reports' },
  { route: 'caseload', label: 'Caseload' },
  { route: 'claims', label: 'ARRS claims' },
  { route: 'competencies', label: 'Competencies' },
  { route: 'supervision', label: 'Supervision actions' },
  { route: 'organisation', label: 'Organisation' },
  { route: 'import', label: 'Import spreadsheets' },
  { route: 'settings', label: 'Settings' },
  { route: 'backups', label: 'Backups' },
  { route: 'audit', label: 'Audit log' },
];

/** Pages for changing what is the lead's alone: left out of the viewer's menu, and refused to them. */
const CHANGES_ONLY: Record<string, string> = {
  import: 'importing spreadsheets is for the PCN workforce lead',
  backups: 'backups are for the PCN workforce lead',
};

const LEADS_ONLY: Record<string, string> = {
  staff: 'the staff register is for the PCN workforce lead',
  matrix: 'the training matrix is for the PCN workforce lead',
  reports: 'compliance reports are for the PCN workforce lead',
  caseload: "the PCN's caseload figures are for the PCN workforce lead",
  claims: 'ARRS claims are for the PCN workforce lead',
  competencies: "the PCN's competency heat map is for the PCN workforce lead",
  organisation: "the PCN's organisation is for the PCN workforce lead",
  settings: 'settings are for the PCN workforce lead',
  audit: 'the audit log is for the PCN workforce lead',
  ...CHANGES_ONLY,
};

const isId = (text: string | undefined): boolean => text !== undefined && /^\d+$/.test(text);

/** Everything, as on one computer or for the lead; the viewer the same with nothing to change. */
function everything(team: boolean, changesAll: boolean): Abilities {
  return {
    team,
    readsAll: true,
    changesAll,
    selfId: null,
    supervisees: new Set(),
    home: 'home',
    wayHome: { href: '#/home', label: 'Back to home' },
    menu: changesAll ? ALL_SECTIONS : ALL_SECTIONS.filter((s) => !(s.route in CHANGES_ONLY)),
    refusalOf: (path) => {
      if (changesAll) return null;
      const [section = '', id] = path;
      if (section in CHANGES_ONLY) return CHANGES_ONLY[section] ?? null;
      if (section === 'staff' && id === 'new') return 'adding a worker is for the PCN workforce lead';
      if (section === 'supervision' && id === 'new') return 'recording supervision is for the supervisor and the lead';
      return null;
    },
    seesWorker: () => true,
    mayChange: () => changesAll,
  };
}

export function abilitiesOf(status: Pick<AppStatus, 'mode' | 'me'> | null): Abilities {
  if (!status || status.mode === 'personal') return everything(false, true);
  const me = status.me;
  if (!me) return { ...everything(true, false), readsAll: false, menu: [], refusalOf: () => 'sign in first' };
  if (me.lead) return everything(true, true);
  if (me.viewer) return everything(true, false);

  const selfId = me.workerId;
  const supervisees = new Set(me.superviseeIds);
  const supervisor = me.colleagueId !== null || supervisees.size > 0;
  const seesWorker = (id: number) => id === selfId || supervisees.has(id);
  const menu: Section[] = [HOME];
  if (selfId !== null) menu.push({ route: `staff/${selfId}`, label: 'My page' });
  if (supervisor) {
    menu.push({ route: 'supervisees', label: 'My supervisees' });
    menu.push({ route: 'supervision', label: 'Supervision actions' });
  }
  menu.push({ route: 'email', label: 'E-mail reminders' });
  // Everyone lands on their home page; "back" from a refused address goes to their own people or page.
  const home = 'home';
  const ownPart = supervisor && (supervisees.size > 0 || selfId === null) ? 'supervisees' : `staff/${selfId}`;
  const wayHome =
    ownPart === 'supervisees'
      ? { href: '#/supervisees', label: 'Back to my supervisees' }
      : { href: `#/${ownPart}`, label: 'Back to my page' };

  const theirPages = !supervisor
    ? 'you can open your own page only'
    : selfId === null
      ? 'you can open the pages of the people you supervise'
      : 'you can open your own page and the pages of the people you supervise';
  const refusalOf = (path: readonly string[], query: URLSearchParams): string | null => {
    const [section = '', id, tab] = path;
    switch (section) {
      case 'home':
        return null;
      case 'email':
        return null; // Everyone chooses which e-mail reminders reach them.
      case 'supervisees':
        return supervisor ? null : 'no one names you as their supervisor';
      case 'staff':
        if (!isId(id)) return LEADS_ONLY.staff ?? null;
        if (!seesWorker(Number(id))) return theirPages;
        if (tab === 'pay') return 'pay is for the PCN workforce lead';
        return null;
      case 'supervision': {
        if (isId(id)) return null; // The record's worker decides: the backend answers for it.
        if (id === 'new') {
          const worker = Number(query.get('worker'));
          return supervisees.has(worker) ? null : 'you can record supervision only for the people you supervise';
        }
        return supervisor ? null : 'supervision actions are for supervisors and the PCN workforce lead';
      }
      case 'assessments':
        return isId(id) ? null : (LEADS_ONLY.competencies ?? null);
      default:
        return LEADS_ONLY[section] ?? 'this page is for the PCN workforce lead';
    }
  };

  return {
    team: true,
    readsAll: false,
    changesAll: false,
    selfId,
    supervisees,
    home,
    wayHome,
    menu,
    refusalOf,
    seesWorker,
    mayChange: (id, who) => (who.supervisor && supervisees.has(id)) || (who.self && id === selfId),
  };
}
