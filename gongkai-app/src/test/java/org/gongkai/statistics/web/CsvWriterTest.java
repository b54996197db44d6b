package org.gongkai.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.gongkai.statistics.web.StatTable.Cell;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void utf8_with_bom_header_row_crlf_and_rfc4180_quoting() {
        StatTable t = new StatTable("x", "表", List.of("标题", "件数"), List.of(
                List.of(Cell.text("关于\"十四五\"规划,征求意见"), Cell.number(3)),
                List.of(Cell.text("多行\n标题"), Cell.number(0))));
        byte[] bytes = CsvWriter.write(t);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("标题,件数\r\n\"关于\"\"十四五\"\"规划,征求意见\",3\r\n\"多行\n标题\",0\r\n");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_defused_but_numbers_are_not() {
        StatTable t = new StatTable("x", "表", List.of("a", "b"), List.of(
                List.of(Cell.text("=HYPERLINK(\"http://x\")"), Cell.number("-1.5")),
                List.of(Cell.text("@SUM(A1)"), Cell.text("+86"))));
        String text = new String(CsvWriter.write(t), StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\",-1.5\r\n").contains("'@SUM(A1),'+86\r\n");
    }
}
