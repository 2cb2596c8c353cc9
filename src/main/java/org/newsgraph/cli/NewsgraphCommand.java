package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsgraph}: the command line. Exit codes: 0 all good, 1 some input rejected or the command failed,
 * 2 usage error.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = NewsgraphCommand.Version.class,
    description = "Publishes newspaper archives as linked data: converts articles to RDF, stores them in TDB2 "
        + "and serves them with a read-only SPARQL endpoint.",
    subcommands = {LoadCommand.class, CompactCommand.class, ServeCommand.class, DumpCommand.class,
        PublishCommand.class, ValidateCommand.class, GazetteerCommand.class, ExtractCommand.class,
        ReconcileCommand.class, SynthCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsgraphCommand implements Runnable {

    /** Some input was rejected, or the command could not be carried out. */
    static final int EXIT_REJECTED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with newsgraph's exit codes and error reporting, for {@code main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsgraphCommand());
        // Enum options are written in lower case, as the help and the README give them (--first-load sequential).
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("newsgraph: " + describe(e));
            // The builders refuse bad option values (a port, a base URI) with IllegalArgumentException.
            return e instanceof IllegalArgumentException ? commandLine.getCommandSpec().exitCodeOnInvalidInput()
                : EXIT_REJECTED;
        });
        return cl;
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException n)
            return n.getFile() + ": " + (n.getReason() == null ? "no such file or folder" : n.getReason());
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: load, serve, dump or validate");
    }

    /** The version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = NewsgraphCommand.class.getResourceAsStream("version.properties")) {
                if (in != null)
                    p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"newsgraph " + p.getProperty("version", "(unknown version)")};
        }
    }
}
