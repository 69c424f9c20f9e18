import Box from '@mui/material/Box';

export const MAIN_ID = 'main-content';

/**
 * The first Tab stop on every page: past the top bar and the menu to the page itself, landing on its heading
 * (or the main area when it has none). Hidden until focused. Not a hash link: the hash is the app's address.
 */
export function SkipLink() {
  return (
    <Box
      component="a"
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        const main = document.getElementById(MAIN_ID);
        const heading = main?.querySelector<HTMLElement>('h1[tabindex]');
        (heading ?? main)?.focus();
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: -100,
        zIndex: (t) => t.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        bgcolor: '#ffeb3b',
        color: '#212b32',
        fontWeight: 600,
        borderRadius: 1,
        textDecoration: 'underline',
        '&:focus': { top: 8 },
      }}
    >
      Skip to main content
    </Box>
  );
}
