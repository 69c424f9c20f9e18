import { useEffect } from 'react';
import { ReadOnlyArea } from '../../components/ReadOnlyArea.tsx';
import type { EmployerKind } from '../../../../shared/domain/pcn.ts';
import { EMPLOYER_KIND_LABELS, EMPLOYER_KINDS } from '../../../../shared/domain/pcn.ts';
import { href } from '../../app/router.ts';
import { EntitySection } from '../../components/EntitySection.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { idText, textId } from '../../components/SelectField.tsx';
import type { Organisation } from '../../stores/organisation.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { SignInAccountButton } from '../accounts/SignInAccount.tsx';
import { PcnDetailsForm } from './PcnDetailsForm.tsx';

const kindOptions = EMPLOYER_KINDS.map((k) => ({ value: k, label: EMPLOYER_KIND_LABELS[k] }));

export function OrganisationPage() {
  const state = useOrganisationStore((s) => s.state);
  const load = useOrganisationStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Organisation"
        subtitle="The PCN, its member practices, employers, and the supervisors and contacts named for workers"
      />
      <PageState
        state={state}
        what="the organisation"
        back={{ href: href('staff'), label: 'Back to the staff register' }}
        retry={() => void load()}
      >
        {(organisation) => <OrganisationSections {...organisation} />}
      </PageState>
    </>
  );
}

function OrganisationSections({ pcn, practices, employers, colleagues }: Organisation) {
  const { savePractice, saveEmployer, saveColleague } = useOrganisationStore();
  const practiceName = new Map(practices.map((p) => [p.id, p.name]));
  const practiceOptions = practices.map((p) => ({ value: String(p.id), label: p.name }));

  return (
    <>
      <ReadOnlyArea>
        <PcnDetailsForm key={JSON.stringify(pcn)} pcn={pcn} />
      </ReadOnlyArea>
      <EntitySection
        title="Member practices"
        noun="practice"
        description="The GP practices in the PCN, by ODS code."
        rows={practices}
        columns={[
          { label: 'Practice', value: (p) => p.name },
          { label: 'ODS code', value: (p) => p.odsCode },
        ]}
        fields={[
          { key: 'name', label: 'Practice name', required: true },
          { key: 'odsCode', label: 'ODS code', required: true },
        ]}
        valuesOf={(p) => ({ name: p?.name ?? '', odsCode: p?.odsCode ?? '' })}
        onSave={(id, v) => savePractice(id, { name: v.name ?? '', odsCode: v.odsCode ?? '' })}
      />
      <EntitySection
        title="Employers"
        noun="employer"
        description="Who employs each worker: the lead practice, a PCN entity, or a sub-contracted provider such as a VCSE organisation."
        rows={employers}
        columns={[
          { label: 'Employer', value: (e) => e.name },
          { label: 'Kind', value: (e) => EMPLOYER_KIND_LABELS[e.kind] },
        ]}
        fields={[
          { key: 'name', label: 'Employer name', required: true },
          { key: 'kind', label: 'Kind of employer', options: kindOptions, required: true },
        ]}
        valuesOf={(e) => ({ name: e?.name ?? '', kind: e?.kind ?? '' })}
        onSave={(id, v) => saveEmployer(id, { name: v.name ?? '', kind: v.kind as EmployerKind })}
      />
      <EntitySection
        title="Supervisors and contacts"
        noun="person"
        description="GPs who supervise, and the people named as a first point of contact."
        rows={colleagues}
        columns={[
          { label: 'Name', value: (c) => c.name },
          { label: 'Job title', value: (c) => c.jobTitle },
          { label: 'Practice', value: (c) => (c.practiceId === null ? '—' : (practiceName.get(c.practiceId) ?? '—')) },
        ]}
        fields={[
          { key: 'name', label: 'Name', required: true },
          { key: 'jobTitle', label: 'Job title', required: true },
          { key: 'practiceId', label: 'Practice', options: practiceOptions, noneLabel: 'Not at one practice' },
        ]}
        valuesOf={(c) => ({
          name: c?.name ?? '',
          jobTitle: c?.jobTitle ?? '',
          practiceId: idText(c?.practiceId ?? null),
        })}
        rowActions={(c) => <SignInAccountButton person={{ kind: 'colleague', id: c.id, name: c.name }} />}
        onSave={(id, v) =>
          saveColleague(id, { name: v.name ?? '', jobTitle: v.jobTitle ?? '', practiceId: textId(v.practiceId ?? '') })
        }
      />
    </>
  );
}
