package dev.skillfast.billing.api;

/** CSV fields as RFC 4180 wants them, and safe to open in a spreadsheet. */
final class Csv {

    private Csv() {
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        // a cell starting with = + - @ is a formula to spreadsheets (CSV injection): make it text
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || !text.equals(value)) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
