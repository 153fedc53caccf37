import { Component, type ErrorInfo, type ReactNode } from "react";

import { Button } from "./Button";

interface Props {
  children: ReactNode;
  /** What to show instead; gets a function that tries rendering the children again. */
  fallback?: (reset: () => void) => ReactNode;
  /** When any of these change the boundary resets (for example the current path). */
  resetKeys?: unknown[];
}

interface State {
  error: Error | null;
}

/** Keeps one broken part of a page from taking the whole page down. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Render error", error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    const keys = this.props.resetKeys ?? [];
    const before = previous.resetKeys ?? [];
    if (
      this.state.error &&
      (keys.length !== before.length || keys.some((key, i) => !Object.is(key, before[i])))
    ) {
      this.reset();
    }
  }

  reset = (): void => {
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    if (this.props.fallback) return this.props.fallback(this.reset);
    return (
      <div role="alert" className="rounded-2xl border-l-8 border-berry bg-berry-light p-4">
        <p className="font-bold">This part of the page couldn't be shown.</p>
        <Button variant="secondary" className="mt-3" onPress={this.reset}>
          Try again
        </Button>
      </div>
    );
  }
}
