package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs newsgraph's command line in this process, keeping what it printed on standard output and error. */
final class CommandRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command; returns its exit code. What it prints adds to what earlier runs printed. */
    int run(String... args) {
        CommandLine cl = NewsgraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    String out() { return out.toString(); }

    String err() { return err.toString(); }

    /** Forgets what was printed so far. */
    void clearOut() { out.getBuffer().setLength(0); }
}
