package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The scripts docker-compose.yml runs call the jar with commands and options it has. (That the compose file is
 * valid and that the balancer lists its replica services, {@code .ci/run} checks with docker-compose itself.)
 */
class DeployScriptsTest {

    private static final Pattern JAR_CALL = Pattern.compile("java -jar \\S*newsgraph\\.jar\"? (.*)");

    @Test
    void theScriptsCallTheJarWithOptionsItHas() throws Exception {
        Set<String> commands = new TreeSet<>();
        for (String script : List.of("deploy/load.sh", "deploy/replica.sh")) {
            for (String line : Files.readAllLines(Path.of(script))) {
                Matcher m = JAR_CALL.matcher(line);
                if (!m.find())
                    continue;
                List<String> args = words(m.group(1));
                // Throws on an unknown command or option, or a value of the wrong type.
                CommandLine.ParseResult parsed = NewsgraphCommand.commandLine().parseArgs(args.toArray(String[]::new));
                assertFalse(parsed.subcommands().isEmpty(), line);
                commands.add(parsed.subcommands().get(0).commandSpec().name());
            }
        }
        assertEquals(Set.of("load", "serve"), commands);
    }

    @Test
    void theBalancerListsReplicasOnThePortTheyServe() throws Exception {
        String nginx = Files.readString(Path.of("deploy/nginx.conf"));
        Matcher server = Pattern.compile("server (replica-\\d+):(\\d+)").matcher(nginx);
        List<String> ports = new ArrayList<>();
        while (server.find())
            ports.add(server.group(2));
        String replica = Files.readString(Path.of("deploy/replica.sh"));
        Matcher port = Pattern.compile("--port (\\d+)").matcher(replica);
        assertEquals(true, port.find(), replica);
        assertFalse(ports.isEmpty(), nginx);
        for (String p : ports)
            assertEquals(port.group(1), p);
    }

    /** The words of a shell command line: quotes removed, variables given a value. */
    private static List<String> words(String line) {
        return Arrays.stream(line.trim().split("\\s+"))
            .map(w -> w.replace("\"", "").replaceAll("\\$[A-Za-z_]+", "x"))
            .toList();
    }
}
