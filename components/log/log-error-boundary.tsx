import { Component, type ErrorInfo, type ReactNode } from "react";

/**
 * Keeps a rendering error in one part of the log from blanking the page: the part says what happened
 * instead, and the reader's stored entries are left as they are. Storage written by another version of
 * the page is the likeliest cause, which is why the message points at reloading.
 */
export class LogErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // The reader sees the sentence below; whoever debugs the page needs the error itself.
    console.error("The wRVU log could not be shown:", error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p
        role="alert"
        className="rounded-md border border-red-300 p-3 text-sm text-red-800 dark:border-red-800 dark:text-red-200"
      >
        This part of the log could not be shown. Your entries are still stored in this browser:
        reload the page to try again. If it keeps happening, please{" "}
        <a className="underline" href="/support/report">
          report the problem
        </a>
        .
      </p>
    );
  }
}
