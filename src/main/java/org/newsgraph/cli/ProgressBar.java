package org.newsgraph.cli;

import java.io.PrintWriter;

import org.newsgraph.store.ProgressListener;

/** A one-line progress bar on the terminal; silent when output is not a terminal or the job is small. */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 40;
    /** Fewer articles than this load too fast for a bar to help. */
    private static final int SHOWN_FROM = 200;

    private final PrintWriter err;
    private final boolean shown;

    private ProgressBar(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    static ProgressListener forTerminal(PrintWriter err, int total) {
        return new ProgressBar(err, System.console() != null && total >= SHOWN_FROM);
    }

    @Override
    public void progress(int done, int total) {
        if (!shown)
            return;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done >= total)
            err.println();
        err.flush();
    }
}
