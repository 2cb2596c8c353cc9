package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.newsgraph.TestCorpus;
import picocli.CommandLine;

/**
 * A newsgraph command in a JVM of its own, on the tests' class path, as a second user would run it: so that it
 * can be killed, or can meet another process on the same store. Its output (standard output and error together)
 * is read line by line as it comes; the load's progress is logged, one line per batch of articles written.
 */
final class NewsgraphProcess implements AutoCloseable {

    /** How long any wait lasts before the test gives up on a process that hangs. */
    static final Duration HANG = Duration.ofMinutes(2);

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private NewsgraphProcess(Process process, Consumer<String> onLine) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.append(line).append('\n');
                    lines.add(line);
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // The process was killed: its output ends here.
            }
        }, "output of process " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static NewsgraphProcess start(String... args) throws IOException {
        return start(line -> {}, args);
    }

    /** Starts {@code newsgraph args…}; {@code onLine} is told each line of output, on a thread of its own. */
    static NewsgraphProcess start(Consumer<String> onLine, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(),
            // A short-lived JVM: the quick compiler and the serial collector start it sooner on few, busy cores.
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Dlogback.configurationFile=" + resource("logback-load-progress.xml"),
            "-cp", System.getProperty("java.class.path"), NewsgraphCommand.class.getName()));
        command.addAll(List.of(args));
        return new NewsgraphProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), onLine);
    }

    /**
     * The bundled authority data without the gazetteer, copied into {@code dir}: the gazetteer's four megabytes would
     * make each short-lived JVM several times slower, and what the stores are tested for here does not depend on it.
     */
    static Path smallAuthority(Path dir) throws IOException {
        Path authority = Files.createDirectories(dir.resolve("authority"));
        for (String file : List.of("publications.ttl", "wikidata-classes.ttl"))
            Files.copy(TestCorpus.AUTHORITY.resolve(file), authority.resolve(file));
        return authority;
    }

    /** Runs a command in this JVM instead, where the extraction's models stay loaded; its errors are printed. */
    static int runInThisJvm(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = NewsgraphCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        if (exit != 0)
            System.out.println(String.join(" ", args) + ": exit " + exit + "\n" + err);
        return exit;
    }

    private static String java() {
        return ProcessHandle.current().info().command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path resource(String name) {
        try {
            return Path.of(NewsgraphProcess.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    long pid() { return process.pid(); }

    /** All the output so far. */
    String output() { return output.toString(); }

    /** Waits for a line of output that {@code wanted} accepts, and returns it. */
    String awaitLine(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + HANG.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null)
                throw new AssertionError((process.isAlive() ? "no such line in " + HANG : "the process ended")
                    + "; output:\n" + output());
            if (wanted.test(line))
                return line;
        }
    }

    /** Waits for the process to end, and returns its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(HANG.toMillis(), TimeUnit.MILLISECONDS))
            throw new AssertionError("still running after " + HANG + "; output:\n" + output());
        return process.exitValue();
    }

    /** Kills the process with SIGKILL, as a crash or an out-of-memory killer would, and waits for its end. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return exitCode();
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) the process: it keeps what it holds, and does nothing meanwhile. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start();
        if (kill.waitFor() != 0)
            throw new IllegalStateException("kill -" + signal + " " + pid() + " failed");
    }

    /** Ends a process still running: SIGTERM, so that it closes the store as a user's Ctrl-C would. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(HANG.toMillis(), TimeUnit.MILLISECONDS))
                process.destroyForcibly();
        }
    }
}
