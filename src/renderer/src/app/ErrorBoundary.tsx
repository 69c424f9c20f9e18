import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import type { WayHome } from './abilities.ts';

interface State {
  error: Error | null;
}

/** A page that throws while drawing shows what went wrong, with a way to try again, instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode; wayHome: WayHome }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A page failed while drawing', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert severity="error" sx={{ maxWidth: 760 }}>
        <AlertTitle>Something went wrong on this page</AlertTitle>
        {error.message}
        <Box sx={{ mt: 1, display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button color="inherit" variant="outlined" onClick={() => this.setState({ error: null })}>
            Try again
          </Button>
          <Link href={this.props.wayHome.href} color="inherit">
            {this.props.wayHome.label}
          </Link>
        </Box>
      </Alert>
    );
  }
}
