import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What the Reload button does (the page's own reload; tests pass a spy). */
  onReload?: () => void;
}

interface State {
  error: Error | null;
}

/**
 * Catches a render error anywhere below (a malformed stored row, a bug) and shows a short message with
 * the error and a Reload button, instead of React unmounting the whole page to a blank one. Both
 * languages: the language setting may be what failed to load.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[seller-radar] view crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <main role="alert">
        <p>
          <span lang="en">Something went wrong showing this view.</span>{' '}
          <span lang="zh-CN">显示此页面时出错。</span>
        </p>
        <p className="error">{error.message}</p>
        <button type="button" onClick={reload}>
          Reload / 重新加载
        </button>
      </main>
    );
  }
}
