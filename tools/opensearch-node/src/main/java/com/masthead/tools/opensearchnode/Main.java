package com.masthead.tools.opensearchnode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one OpenSearch node for Masthead's tests and benchmark: {@code Main <http-port> <data-dir>}. Listens on
 * 127.0.0.1 only, HTTP on the given port and transport on the port plus 50; prints {@code ready} on standard output
 * once the cluster is yellow, and stops when its standard input closes (so it never outlives the JVM that started
 * it) or reads the line {@code stop}. The data directory is kept; whoever made it deletes it.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        String dataDir = args[1];
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(httpPort);
        runner.onBuild((number, settings) -> {
            settings.put("http.port", httpPort);
            settings.put("transport.port", httpPort + 50);
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            // a test and benchmark node on a shared disk: never refuse writes for a nearly full disk
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("action.auto_create_index", false);
        });
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(dataDir)
                .numOfNode(1)
                .baseHttpPort(httpPort - 1)
                .clusterName("masthead-test")
                .disableESLogger());
        runner.ensureYellow();
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.strip().equals("stop"); line = in.readLine()) {
            // keep running until told to stop or the parent goes away
        }
        // the data stay: a node started again on the same directory finds its indices (the outage tests rely on it)
        runner.close();
        System.exit(0);
    }
}
