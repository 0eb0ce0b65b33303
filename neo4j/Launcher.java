// Runs Neo4j Community Edition embedded, with Bolt on loopback, until SIGTERM.
// Compiled into lib/classes and started by neo4j/local-neo4j.ts as `java Launcher <home> <port>`;
// settings that Node decides arrive as system properties (see local-neo4j.ts), the
// password as NEO4J_PASSWORD in the environment.
// It prints one line, `READY <port>` or `FAILED <reason>`, and writes launcher.json in
// <home> so that another start on the same folder reuses this process instead of racing it.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.out.println("FAILED usage: Launcher <home> <bolt-port>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    // From the environment rather than the command line, so it does not show in `ps`.
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
    long pageCacheMb = Long.parseLong(System.getProperty("neo4j.pagecacheMb", "512"));
    Path pluginDir = Path.of(System.getProperty("neo4j.pluginDir", home.resolve("plugins").toString()));
    Files.createDirectories(home);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          // Loopback only: with auth off nothing else on the network may reach it.
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
          .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          // Netty waits a quiet period of 5 s for new work before its event loops stop; clients
          // have closed their connections by the time we stop, so that wait only delays restarts.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          // No usage reports to Neo4j from a developer's or CI machine.
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // Every committed import batch adds small segments to the full-text indexes (search,
          // excerpts). Neo4j's default merge factor of 2 merges every pair of equal segments,
          // rewriting each document about log2(batches) times: a quarter of Neo4j's CPU in a
          // profiled import (JFR).
          // Lucene's own default of 10 writes each about once or twice; searches on a graph
          // this size see a handful more segments. An internal setting, hence referenced by
          // its constant: a Neo4j without it fails to compile the launcher instead of ignoring it.
          .setConfig(LuceneSettings.lucene_merge_factor, 10)
          .build();
    } catch (Throwable e) {
      System.out.println("FAILED " + describe(e));
      System.out.flush();
      System.exit(1);
      return;
    }

    Path marker = home.resolve("launcher.json");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Files.deleteIfExists(marker);
      } catch (IOException e) {
        System.err.println("could not remove " + marker + ": " + e);
      }
      dbms.shutdown();
      System.out.println("STOPPED");
      System.out.flush();
    }));

    if (!password.isEmpty()) setPassword(dbms, password);
    Files.writeString(marker, "{\"pid\":" + ProcessHandle.current().pid() + ",\"port\":" + port + "}");
    System.out.println("READY " + port);
    System.out.flush();
    Thread.currentThread().join();
  }

  // The built-in user starts with a password that must be changed; the system database
  // accepts the change directly because the embedded API is not subject to auth.
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          java.util.Map.of("password", password));
    } catch (RuntimeException e) {
      // Re-setting the same password is refused by Neo4j; that is the state we want.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
  }

  // The root cause is what tells a user what to do (a held store lock, a taken port).
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String text = (e.getMessage() + " | " + root.getClass().getSimpleName() + ": " + root.getMessage()).replace('\n', ' ');
    return text;
  }
}
