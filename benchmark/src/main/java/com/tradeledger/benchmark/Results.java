package com.tradeledger.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * Every figure of a run: one value per repeat, their median and spread, the ratio to its plain-JDBC baseline where
 * it has one, and whether it met its goal. Written as JSON and as a Markdown table.
 */
final class Results {

    /** A goal a figure (or its ratio to the baseline) must meet. */
    record Goal(String text, boolean onRatio, DoublePredicate met) {

        static Goal below(double limit, String unit) {
            return new Goal("< " + number(limit) + " " + unit, false, value -> value < limit);
        }

        static Goal atLeast(double limit, String unit) {
            return new Goal("≥ " + number(limit) + " " + unit, false, value -> value >= limit);
        }

        static Goal ratioAtLeast(double ratio) {
            return new Goal("≥ " + Math.round(ratio * 100) + " % of baseline", true, value -> value >= ratio);
        }
    }

    /** One measured figure. */
    record Row(String scenario, String figure, String unit, List<Double> values, Double baseline, Goal goal) {

        double median() {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n == 0
                    ? Double.NaN
                    : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double min() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        Double ratio() {
            return baseline == null || baseline == 0 ? null : median() / baseline;
        }

        Boolean met() {
            if (goal == null) {
                return null;
            }
            Double value = goal.onRatio() ? ratio() : Double.valueOf(median());
            return value != null && !value.isNaN() && goal.met().test(value);
        }
    }

    private final Instant started = Instant.now();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> machine;
    private final BenchOptions options;
    private final List<String> notes = new ArrayList<>();

    Results(Map<String, Object> machine, BenchOptions options) {
        this.machine = machine;
        this.options = options;
    }

    synchronized Row add(String scenario, String figure, String unit, List<Double> values, Double baseline, Goal goal) {
        Row row = new Row(scenario, figure, unit, List.copyOf(values), baseline, goal);
        rows.add(row);
        System.out.printf(
                Locale.ROOT,
                "[bench] %-34s %-30s median %s %s (%s–%s)%s%n",
                scenario,
                figure,
                number(row.median()),
                unit,
                number(row.min()),
                number(row.max()),
                row.ratio() == null ? "" : String.format(Locale.ROOT, "  ratio %.2f", row.ratio()));
        return row;
    }

    synchronized void note(String note) {
        notes.add(note);
        System.out.println("[bench] note: " + note);
    }

    /** The median of a figure added before, for ratios; null when it was not measured. */
    synchronized Double median(String scenario, String figure) {
        return rows.stream()
                .filter(row -> row.scenario().equals(scenario) && row.figure().equals(figure))
                .map(Row::median)
                .findFirst()
                .orElse(null);
    }

    void write() throws IOException {
        Files.createDirectories(options.results());
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC)
                .format(started);
        Path json = options.results().resolve(stamp + ".json");
        Path markdown = options.results().resolve(stamp + ".md");
        Http.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), json());
        Files.writeString(markdown, markdown());
        System.out.println(markdown());
        System.out.println("[bench] results written to " + json.toAbsolutePath() + " and " + markdown.toAbsolutePath());
    }

    private ObjectNode json() {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.set("machine", Http.JSON.valueToTree(machine));
        root.set(
                "options",
                Http.JSON.valueToTree(Map.of(
                        "quick", options.quick(),
                        "clients", options.clients(),
                        "secondsPerRun", options.seconds(),
                        "repeats", options.repeats(),
                        "events", options.events())));
        ArrayNode list = root.putArray("figures");
        for (Row row : rows) {
            ObjectNode each = list.addObject();
            each.put("scenario", row.scenario());
            each.put("figure", row.figure());
            each.put("unit", row.unit());
            each.set("values", Http.JSON.valueToTree(row.values()));
            each.put("median", row.median());
            each.put("min", row.min());
            each.put("max", row.max());
            if (row.baseline() != null) {
                each.put("baseline", row.baseline());
                each.put("ratio", row.ratio());
            }
            if (row.goal() != null) {
                each.put("goal", row.goal().text());
                each.put("met", row.met());
            }
        }
        root.set("notes", Http.JSON.valueToTree(notes));
        return root;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("## Benchmark run ").append(started).append(options.quick() ? " (QUICK: not a measurement)" : "");
        out.append("\n\n");
        machine.forEach((key, value) ->
                out.append("- ").append(key).append(": ").append(value).append('\n'));
        out.append(String.format(
                Locale.ROOT,
                "- options: clients %s, %d s per run, %d repeats, %d events in the large ledger%n%n",
                options.clients(),
                options.seconds(),
                options.repeats(),
                options.events()));
        out.append("| Scenario | Figure | Median | Min–max | Ratio to baseline | Goal | Met? |\n");
        out.append("| --- | --- | ---: | ---: | ---: | --- | --- |\n");
        for (Row row : rows) {
            Boolean met = row.met();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s %s | %s–%s | %s | %s | %s |%n",
                    row.scenario(),
                    row.figure(),
                    number(row.median()),
                    row.unit(),
                    number(row.min()),
                    number(row.max()),
                    row.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", row.ratio()),
                    row.goal() == null ? "" : row.goal().text(),
                    met == null ? "" : met ? "yes" : "**no**"));
        }
        if (!notes.isEmpty()) {
            out.append("\nNotes:\n\n");
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
