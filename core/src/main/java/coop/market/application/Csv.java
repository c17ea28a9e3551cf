package coop.market.application;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Rows of a CSV file as spreadsheets and banks read it (RFC 4180): fields quoted when they need it, CRLF. */
final class Csv {

    private Csv() {
    }

    static String row(String... fields) {
        return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        return safe.matches("[^\",\r\n]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
