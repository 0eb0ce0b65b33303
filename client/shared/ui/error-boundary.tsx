// One boundary per feature, so a crash in one view leaves the rest of the app usable.
import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`[${this.props.name}]`, error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="status status-error" role="alert">
        {this.props.name}: {this.state.error.message}.{' '}
        <button type="button" onClick={() => this.setState({ error: null })}>
          ↻
        </button>
      </div>
    );
  }
}
