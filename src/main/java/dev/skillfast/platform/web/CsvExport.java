package dev.skillfast.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV downloads: RFC 4180 (Apache Commons CSV does the quoting), UTF-8, one header row, and safe to open in
 * a spreadsheet (a text cell starting with = + - @ would be a formula there, so it is made text).
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvExport() {
    }

    /** Writes rows; a failure to write ends the download. */
    @FunctionalInterface
    public interface Rows {
        void write(Sheet sheet);
    }

    /** The rows of one download. */
    public static final class Sheet {
        private final CSVPrinter printer;

        Sheet(CSVPrinter printer) {
            this.printer = printer;
        }

        /** One row: strings are guarded against formulas, numbers and other values written as they print. */
        public void row(Object... cells) {
            try {
                printer.printRecord(Arrays.stream(cells).map(CsvExport::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A 200 answer streaming the rows as {@code filename}. */
    public static Response download(String filename, List<String> header, Rows rows) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            rows.write(new Sheet(printer));
            printer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
