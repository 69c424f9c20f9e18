import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FrameworkDocument, Rating, RatingEntry } from '../../../../shared/domain/competencies.ts';
import { RATINGS } from '../../../../shared/domain/competencies.ts';
import type { ReviewChange } from './useAssessment.ts';

const label = (labels: string[], value: Rating | null | undefined) =>
  value == null ? 'Not rated' : `${value} ${labels[value] ?? ''}`;

/**
 * Self-rating and agreed rating side by side, area by area; while the supervisor reviews, the agreed column is
 * editable and each area offers "Agree with the worker's ratings" for the blanks it still has.
 */
export function ReviewTable(props: {
  framework: FrameworkDocument;
  ratings: Map<string, RatingEntry>;
  labels: string[];
  editable: boolean;
  onReview(competencyId: string, change: ReviewChange, persist: boolean): void;
  /** How many of an area's blank agreed ratings the worker's own would fill. */
  toAgree(areaId: string): number;
  onAgreeArea(areaId: string): void;
  busy: boolean;
}) {
  return (
    <>
      {props.framework.areas.map((area) => (
        <Box component="section" key={area.id} aria-labelledby={`review-${area.id}`} sx={{ mb: 3 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 0.5 }}>
            <Typography variant="h3" id={`review-${area.id}`} sx={{ flexGrow: 1 }}>
              {area.title}
            </Typography>
            {props.editable && (
              <Button
                size="small"
                variant="outlined"
                disabled={props.busy || props.toAgree(area.id) === 0}
                aria-label={`Agree with the worker's ratings in ${area.title}`}
                onClick={() => props.onAgreeArea(area.id)}
              >
                Agree with the worker&apos;s ratings
              </Button>
            )}
          </Box>
          <Table size="small" aria-label={area.title}>
            <TableHead>
              <TableRow>
                <TableCell>Competency</TableCell>
                <TableCell sx={{ width: 220 }}>Self-rating</TableCell>
                <TableCell sx={{ width: 260 }}>Agreed rating</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {area.competencies.map((c) => {
                const r = props.ratings.get(c.id);
                return (
                  <TableRow key={c.id} sx={{ verticalAlign: 'top' }}>
                    <TableCell>
                      <strong>{c.title}</strong>
                      {r?.reflection && (
                        <Typography variant="body2" color="text.secondary">
                          {r.reflection}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{label(props.labels, r?.selfRating)}</TableCell>
                    <TableCell>
                      {props.editable ? (
                        <>
                          <TextField
                            select
                            label={`Agreed rating for ${c.title}`}
                            value={r?.agreedRating ?? ''}
                            onChange={(e) =>
                              props.onReview(
                                c.id,
                                { agreedRating: e.target.value === '' ? null : (Number(e.target.value) as Rating) },
                                true,
                              )
                            }
                          >
                            <MenuItem value="">
                              <em>Not agreed yet</em>
                            </MenuItem>
                            {RATINGS.map((v) => (
                              <MenuItem key={v} value={v}>
                                {label(props.labels, v)}
                              </MenuItem>
                            ))}
                          </TextField>
                          <TextField
                            label={`Comment on ${c.title}`}
                            multiline
                            value={r?.supervisorComment ?? ''}
                            onChange={(e) => props.onReview(c.id, { supervisorComment: e.target.value }, false)}
                            onBlur={() => props.onReview(c.id, {}, true)}
                            sx={{ mt: 1 }}
                          />
                        </>
                      ) : (
                        <>
                          {label(props.labels, r?.agreedRating)}
                          {r?.supervisorComment && (
                            <Typography variant="body2" color="text.secondary">
                              {r.supervisorComment}
                            </Typography>
                          )}
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      ))}
    </>
  );
}
