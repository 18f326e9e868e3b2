package com.tradeledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each processing group stands, read from Axon's {@code tokenentry} table (tokens stored as JSON by the
 * Jackson serializer): a group has passed a position of the global index when every one of its segments has — a
 * gap-aware token at or beyond it that does not list it as a gap, a replay token whose current token has, a merged
 * token whose two halves have. Tokens commit with the rows of the same batch, so a passed token means visible rows.
 */
final class Tokens {

    private final Connection connection;

    Tokens(Connection connection) {
        this.connection = connection;
    }

    long head() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("select coalesce(max(globalindex), 0) from domainevententry");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** For each group asked about: whether all of its segments have passed the position. */
    Map<String, Boolean> passed(List<String> groups, long position) throws SQLException {
        Map<String, Boolean> passed = new HashMap<>();
        groups.forEach(group -> passed.put(group, Boolean.TRUE));
        try (PreparedStatement statement = connection.prepareStatement(
                "select processorname, token from tokenentry where processorname = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", groups.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String group = rows.getString(1);
                    byte[] token = rows.getBytes(2);
                    if (!covers(parse(token), position)) {
                        passed.put(group, Boolean.FALSE);
                    }
                }
            }
        }
        return passed;
    }

    static JsonNode parse(byte[] token) {
        if (token == null) {
            return null;
        }
        try {
            return Http.JSON.readTree(new String(token, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "a token that is not JSON: " + new String(token, StandardCharsets.UTF_8), e);
        }
    }

    /** Whether the token has handled (or skipped as not its segment's) every position up to and including this one. */
    static boolean covers(JsonNode token, long position) {
        if (token == null || token.isNull() || token.isMissingNode()) {
            return false;
        }
        if (token.has("currentToken")) {
            return covers(token.get("currentToken"), position);
        }
        if (token.has("lowerSegmentToken")) {
            return covers(token.get("lowerSegmentToken"), position) && covers(token.get("upperSegmentToken"), position);
        }
        if (token.has("globalIndex")) {
            return token.get("globalIndex").asLong() >= position;
        }
        if (token.has("index")) {
            if (token.get("index").asLong() < position) {
                return false;
            }
            for (JsonNode gap : token.path("gaps")) {
                if (gap.asLong() == position) {
                    return false;
                }
            }
            return true;
        }
        throw new IllegalStateException("a token of unknown shape: " + token);
    }

    /** Moves every segment of the group to the position, with no gaps: it skips what lies before. */
    static void moveTo(Connection connection, String group, long position) throws SQLException {
        String token = "{\"index\":" + position + ",\"gaps\":[]}";
        try (PreparedStatement statement = connection.prepareStatement(
                "update tokenentry set token = ?, tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = null"
                        + " where processorname = ?")) {
            statement.setBytes(1, token.getBytes(StandardCharsets.UTF_8));
            statement.setString(2, group);
            statement.executeUpdate();
        }
    }
}
