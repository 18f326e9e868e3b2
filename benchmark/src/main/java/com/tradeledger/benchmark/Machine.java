package com.tradeledger.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured: cores, memory, OS, Java, and the PostgreSQL server's version and durability settings. */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe(String jdbcUrl) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memory());
        machine.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"server_version", "fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rows = statement.executeQuery("show " + setting)) {
                    rows.next();
                    machine.put("postgresql " + setting, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            machine.put("postgresql", "not readable: " + e.getMessage());
        }
        return machine;
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.1f GB", kilobytes / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB (harness max heap)";
    }
}
