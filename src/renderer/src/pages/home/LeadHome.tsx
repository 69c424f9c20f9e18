import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import type { LeadHome as LeadHomeData } from '../../../../shared/domain/home.ts';
import { formatMonth, formatUkDate, formatUkDateTime, formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { countOf, daysAway } from '../../../../shared/rules/words.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { leadHome } from '../../stores/home.ts';
import { matrixAddress } from '../matrix/matrix-address.ts';
import { CatalogueUpdateNotice } from './CatalogueUpdateNotice.tsx';
import { CountLink } from './CountLink.tsx';
import { CardGrid, HomeCard } from './HomeCard.tsx';
import { ShortList } from './PeopleList.tsx';
import { percentText } from './percent.ts';

// The chart library is large: the figures are drawn first and the trend joins them when it arrives.
const ComplianceTrend = lazy(() => import('./ComplianceTrend.tsx').then((m) => ({ default: m.ComplianceTrend })));

/** The lead's first screen: where the PCN stands today and what needs doing, each figure a way into the detail. */
export function LeadHome() {
  const state = leadHome.use(null);
  return (
    <>
      <PageHeader title="Home" subtitle="Where the PCN stands today, and what needs doing first" />
      <CatalogueUpdateNotice />
      <PageState
        state={state}
        what="your home page"
        back={{ href: href('staff'), label: 'Open the staff register instead' }}
        retry={() => void leadHome.load(null)}
      >
        {(home) => (home.compliance.required === 0 ? <NoStaffYet /> : <LeadCards home={home} />)}
      </PageState>
    </>
  );
}

function LeadCards({ home }: { home: LeadHomeData }) {
  const { compliance, claim } = home;
  return (
    <CardGrid>
      <HomeCard title="Compliance" wide>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Typography sx={{ fontSize: '2.5rem', fontWeight: 600, lineHeight: 1.1 }}>
            {percentText(compliance.percent ?? 0)}
          </Typography>
          <Typography>
            {`of ${countOf(compliance.required, 'required item')} done and in date on ${formatUkDate(home.today)}`}
          </Typography>
        </Box>
        <Suspense fallback={<Skeleton variant="rounded" height={220} aria-label="Loading the trend" />}>
          <ComplianceTrend trend={home.trend} />
        </Suspense>
        <Link href={href('matrix')}>Open the matrix</Link>
      </HomeCard>

      <HomeCard title="Overdue and expiring">
        <CountLink count={home.overdue} label="overdue" to={matrixAddress({ status: 'overdue' })} />
        <CountLink count={home.expired} label="expired" to={matrixAddress({ status: 'expired' })} />
        <Divider sx={{ my: 1 }} />
        {home.expiring.map((window) => (
          <CountLink
            key={window.days}
            count={window}
            label={`expiring within ${window.days} days`}
            to={matrixAddress({ within: window.days })}
          />
        ))}
      </HomeCard>

      <HomeCard title="Next ARRS claim">
        {claim ? (
          <>
            <Typography sx={{ fontSize: '1.75rem', fontWeight: 600 }}>
              {claim.daysLeft >= 0 ? `${countOf(claim.daysLeft, 'day')} left` : `Due ${daysAway(claim.daysLeft)}`}
            </Typography>
            <Typography sx={{ mb: 1 }}>
              {`${formatMonth(claim.month)}: due ${formatUkDate(claim.dueOn)}`}
              {claim.frozen ? ', submitted' : ''}
            </Typography>
            <Link href={href(`claims?month=${claim.month}`)}>
              {claim.blockedLines === 0
                ? `${countOf(claim.lines, 'line')}, none blocked`
                : `${countOf(claim.blockedLines, 'blocked line')} of ${countOf(claim.lines, 'line')}`}
            </Link>
          </>
        ) : (
          <Typography color="text.secondary">No claim month to prepare yet.</Typography>
        )}
      </HomeCard>

      <HomeCard title={`Supervision overdue (${home.supervisionOverdue.length})`}>
        <ShortList
          items={home.supervisionOverdue}
          label="Supervision overdue"
          none="Everyone's supervision is in date."
          linkOf={(p) => `staff/${p.id}/supervision`}
          textOf={(p) => p.name}
          more={{ to: matrixAddress({ status: 'overdue' }), label: 'see the matrix' }}
        />
      </HomeCard>

      <HomeCard title={`Assessments waiting for sign-off (${home.assessmentsWaiting.length})`}>
        <ShortList
          items={home.assessmentsWaiting}
          label="Assessments waiting for sign-off"
          none="None waiting."
          linkOf={(a) => `assessments/${a.id}`}
          textOf={(a) => (a.submittedAt ? `${a.workerName}, submitted ${formatUkDayOf(a.submittedAt)}` : a.workerName)}
          more={{ to: 'competencies', label: 'see the heat map' }}
        />
      </HomeCard>

      <HomeCard title={`No named supervisor (${home.withoutSupervisor.length})`}>
        <ShortList
          items={home.withoutSupervisor}
          label="Workers without a named supervisor"
          none="Everyone has a named supervisor."
          linkOf={(p) => `staff/${p.id}`}
          textOf={(p) => p.name}
          more={{ to: 'staff', label: 'see the register' }}
        />
      </HomeCard>

      <HomeCard title="Recent changes" wide>
        <ul aria-label="Recent changes" style={{ margin: 0, paddingLeft: 20 }}>
          {home.recentChanges.map((c) => (
            <li key={c.id}>
              <Typography variant="body2">
                {c.summary}{' '}
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {`(${c.actor}, ${formatUkDateTime(c.at)})`}
                </Box>
              </Typography>
            </li>
          ))}
        </ul>
        <Link href={href('audit')} sx={{ display: 'inline-block', mt: 1 }}>
          See every change
        </Link>
      </HomeCard>
    </CardGrid>
  );
}

/** A new PCN: nothing to measure until people are in the register. */
function NoStaffYet() {
  const { changesAll } = useAbilities();
  return (
    <HomeCard title="No one in the staff register yet">
      <Typography sx={{ mb: 2, maxWidth: 640 }}>
        Your home page shows compliance, what is overdue or expiring, the next ARRS claim and supervision once your link
        workers, care coordinators and coaches are in the staff register.
      </Typography>
      {changesAll && (
        <Button variant="contained" href={href('staff/new')}>
          Add a worker
        </Button>
      )}
    </HomeCard>
  );
}
