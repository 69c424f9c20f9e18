import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import ListSubheader from '@mui/material/ListSubheader';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/domain/search.ts';
import { SEARCH_GROUP_LABELS } from '../../../shared/domain/search.ts';
import { SEARCH_MIN_LENGTH } from '../stores/search.ts';
import { navigate } from './router.ts';
import type { SearchState } from './search/useSearch.ts';
import { useSearch } from './search/useSearch.ts';
import { useSearchShortcut } from './search/useSearchShortcut.ts';

const hitsOf = (state: SearchState): SearchHit[] => (state.status === 'ready' ? state.hits : []);

function emptyText(state: SearchState): string {
  if (state.status === 'failed') return `Search failed: ${state.message}`;
  if (state.status === 'idle') return `Type at least ${SEARCH_MIN_LENGTH} characters`;
  return 'No matches';
}

/** A group of results as a labelled ARIA group inside the list box (MUI's default nests lists screen readers misread). */
function SearchGroupList({ id, group, children }: { id: string; group: string; children?: ReactNode }) {
  return (
    <Box component="li" role="group" aria-labelledby={id} sx={{ listStyle: 'none' }}>
      <ListSubheader id={id} component="div" role="presentation" sx={{ top: -8, lineHeight: '36px' }}>
        {group}
      </ListSubheader>
      <Box component="ul" role="presentation" sx={{ p: 0, m: 0 }}>
        {children}
      </Box>
    </Box>
  );
}

/**
 * The top bar's one search: people, requirements, records, sessions and claims the person may see, grouped.
 * Arrows move through the results, Enter opens one, Escape closes the list; "/" or Ctrl+K comes here.
 */
export function SearchBox() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const state = useSearch(text);
  useSearchShortcut(input);

  const openHit = (hit: SearchHit) => {
    setText('');
    setOpen(false);
    input.current?.blur();
    navigate(hit.link);
  };

  return (
    <Autocomplete<SearchHit, false, false, false>
      id="search"
      size="small"
      sx={{ width: { xs: 150, sm: 220, md: 300, lg: 360 }, bgcolor: 'background.paper', borderRadius: 1 }}
      open={open && text.trim().length > 0}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={hitsOf(state)}
      filterOptions={(hits) => hits}
      groupBy={(hit) => SEARCH_GROUP_LABELS[hit.group]}
      getOptionLabel={(hit) => hit.label}
      getOptionKey={(hit) => hit.key}
      isOptionEqualToValue={(a, b) => a.key === b.key}
      value={null}
      inputValue={text}
      onInputChange={(_event, value, reason) => {
        if (reason === 'input' || reason === 'clear') setText(value);
      }}
      onChange={(_event, hit) => hit && openHit(hit)}
      autoHighlight
      blurOnSelect
      clearOnEscape={false}
      loading={state.status === 'loading'}
      loadingText="Searching…"
      noOptionsText={<span role={state.status === 'failed' ? 'alert' : undefined}>{emptyText(state)}</span>}
      popupIcon={null}
      slotProps={{ popper: { sx: { minWidth: 360 }, placement: 'bottom-end' } }}
      renderGroup={({ key, group, children }) => (
        <SearchGroupList key={key} id={`search-group-${key}`} group={group}>
          {children}
        </SearchGroupList>
      )}
      renderOption={({ key, ...props }, hit) => (
        <Box component="li" key={key} {...props}>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {hit.label}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {hit.detail}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={input}
          placeholder="Search (/ or Ctrl+K)"
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-label': 'Search' },
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      )}
    />
  );
}
