package org.gongkai.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Table 二 (主动公开政府信息情况) in either format (regulations.md §3.2), represented generically as blocks, each
 * with its caption (第二十条第（一）项 …), its column headers ("信息内容" first) and its rows. A row's values are for
 * the columns after "信息内容", in order: {@link Long} counts, or {@link BigDecimal} amounts for the money columns
 * (本年收费金额（单位：万元） in 2021, 采购总金额 in 2019). 本年增/减 (2019) may be negative. Immutable.
 */
public final class ProactiveTable {

    /** The first column header of every block. */
    public static final String CONTENT_COLUMN = "信息内容";

    public static final String ITEM_1 = "第二十条第（一）项";
    public static final String ITEM_5 = "第二十条第（五）项";
    public static final String ITEM_6 = "第二十条第（六）项";
    public static final String ITEM_8 = "第二十条第（八）项";
    /** 2019 format only. */
    public static final String ITEM_9 = "第二十条第（九）项";

    /** A block: caption, column headers ("信息内容" first), rows. */
    public record Block(String caption, List<String> columns, List<BlockRow> rows) {
        public Block {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** The row with this label, or null. */
        public BlockRow row(String label) {
            return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
        }
    }

    /** A row: its label (the 信息内容 cell) and its values for the columns after "信息内容". */
    public record BlockRow(String label, List<Object> values) {
        public BlockRow {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** The layout of a block: caption, value columns, which columns are money, whether they may be negative. */
    private record Layout(String caption, List<String> valueColumns, List<String> rows, List<String> moneyColumns,
            List<String> signedColumns) {
    }

    private static final List<Layout> LAYOUT_2021 = List.of(
            new Layout(ITEM_1, List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of("规章", "行政规范性文件"),
                    List.of(), List.of()),
            new Layout(ITEM_5, List.of("本年处理决定数量"), List.of("行政许可"), List.of(), List.of()),
            new Layout(ITEM_6, List.of("本年处理决定数量"), List.of("行政处罚", "行政强制"), List.of(), List.of()),
            new Layout(ITEM_8, List.of("本年收费金额（单位：万元）"), List.of("行政事业性收费"),
                    List.of("本年收费金额（单位：万元）"), List.of()));

    private static final List<Layout> LAYOUT_2019 = List.of(
            new Layout(ITEM_1, List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of("规章", "规范性文件"),
                    List.of(), List.of()),
            new Layout(ITEM_5, List.of("上一年项目数量", "本年增/减", "处理决定数量"), List.of("行政许可", "其他对外管理服务事项"),
                    List.of(), List.of("本年增/减")),
            new Layout(ITEM_6, List.of("上一年项目数量", "本年增/减", "处理决定数量"), List.of("行政处罚", "行政强制"),
                    List.of(), List.of("本年增/减")),
            new Layout(ITEM_8, List.of("上一年项目数量", "本年增/减"), List.of("行政事业性收费"), List.of(),
                    List.of("本年增/减")),
            new Layout(ITEM_9, List.of("采购项目数量", "采购总金额"), List.of("政府集中采购"), List.of("采购总金额"),
                    List.of()));

    private final ReportFormat format;
    private final List<Block> blocks;

    private ProactiveTable(ReportFormat format, List<Block> blocks) {
        this.format = format;
        this.blocks = List.copyOf(blocks);
    }

    public static Builder builder(ReportFormat format) {
        return new Builder(format);
    }

    /** An all-zero table of the format (the layout, for forms and exports). */
    public static ProactiveTable empty(ReportFormat format) {
        return builder(format).build();
    }

    public ReportFormat format() {
        return format;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The block with this caption. */
    public Block block(String caption) {
        return blocks.stream().filter(b -> b.caption().equals(caption)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no block \"" + caption + "\" in table 二 of " + format));
    }

    /** The value of a cell (a {@link Long} or a {@link BigDecimal}). */
    public Object value(String blockCaption, String rowLabel, String columnLabel) {
        Block b = block(blockCaption);
        int col = columnIndex(layout(format, blockCaption), columnLabel);
        BlockRow row = b.row(rowLabel);
        if (row == null) {
            throw new IllegalArgumentException("no row \"" + rowLabel + "\" in " + blockCaption + " of " + format);
        }
        return row.values().get(col);
    }

    /** The value of a count cell. */
    public long count(String blockCaption, String rowLabel, String columnLabel) {
        Object v = value(blockCaption, rowLabel, columnLabel);
        if (v instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException("\"" + columnLabel + "\" is an amount, not a count");
    }

    /** The value of an amount cell. */
    public BigDecimal amount(String blockCaption, String rowLabel, String columnLabel) {
        Object v = value(blockCaption, rowLabel, columnLabel);
        if (v instanceof BigDecimal d) {
            return d;
        }
        throw new IllegalArgumentException("\"" + columnLabel + "\" is a count, not an amount");
    }

    /** The roll-up of two tables of the same format: every cell adds up. */
    public ProactiveTable plus(ProactiveTable other) {
        if (other.format != format) {
            throw new IllegalArgumentException("cannot add a " + other.format + " table to a " + format + " table");
        }
        Builder b = builder(format);
        for (int i = 0; i < blocks.size(); i++) {
            Block mine = blocks.get(i);
            Block theirs = other.blocks.get(i);
            for (int r = 0; r < mine.rows().size(); r++) {
                BlockRow a = mine.rows().get(r);
                BlockRow c = theirs.rows().get(r);
                for (int k = 0; k < a.values().size(); k++) {
                    Object x = a.values().get(k);
                    Object y = c.values().get(k);
                    Object sum = x instanceof BigDecimal d ? d.add((BigDecimal) y) : (Object) Math.addExact((Long) x, (Long) y);
                    b.values.get(i).get(r).set(k, sum);
                }
            }
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProactiveTable t && t.format == format && t.blocks.equals(blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, blocks);
    }

    @Override
    public String toString() {
        return "ProactiveTable[" + format + "]" + blocks;
    }

    private static List<Layout> layouts(ReportFormat format) {
        return format == ReportFormat.F2019 ? LAYOUT_2019 : LAYOUT_2021;
    }

    private static Layout layout(ReportFormat format, String caption) {
        for (Layout l : layouts(format)) {
            if (l.caption().equals(caption)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown block \"" + caption + "\" in table 二 of the " + format
                + " format; known: " + layouts(format).stream().map(Layout::caption).toList());
    }

    private static int columnIndex(Layout l, String column) {
        int i = l.valueColumns().indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("unknown column \"" + column + "\" in " + l.caption() + "; known: "
                    + l.valueColumns());
        }
        return i;
    }

    private static int rowIndex(Layout l, String row) {
        int i = l.rows().indexOf(row);
        if (i < 0) {
            throw new IllegalArgumentException("unknown row \"" + row + "\" in " + l.caption() + "; known: " + l.rows());
        }
        return i;
    }

    public static final class Builder {
        private final ReportFormat format;
        private final List<Layout> layouts;
        /** [block][row][value column]. */
        private final List<List<List<Object>>> values = new ArrayList<>();

        private Builder(ReportFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            this.layouts = layouts(format);
            for (Layout l : layouts) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r < l.rows().size(); r++) {
                    List<Object> vs = new ArrayList<>();
                    for (String c : l.valueColumns()) {
                        vs.add(l.moneyColumns().contains(c) ? (Object) BigDecimal.ZERO : (Object) 0L);
                    }
                    rows.add(vs);
                }
                values.add(rows);
            }
        }

        /**
         * Sets a count cell.
         *
         * @throws IllegalArgumentException naming the label for an unknown block, row or column, or for a negative
         *                                  count outside 本年增/减
         */
        public Builder set(String blockCaption, String rowLabel, String columnLabel, long value) {
            Layout l = layout(format, blockCaption);
            int r = rowIndex(l, rowLabel);
            int c = columnIndex(l, columnLabel);
            if (l.moneyColumns().contains(columnLabel)) {
                return set(blockCaption, rowLabel, columnLabel, BigDecimal.valueOf(value));
            }
            if (value < 0 && !l.signedColumns().contains(columnLabel)) {
                throw new IllegalArgumentException("negative count " + value + " in \"" + columnLabel + "\" of "
                        + rowLabel);
            }
            values.get(layouts.indexOf(l)).get(r).set(c, value);
            return this;
        }

        /**
         * Sets an amount cell (本年收费金额（单位：万元）, 采购总金额).
         *
         * @throws IllegalArgumentException naming the label for an unknown block, row or column, or when the
         *                                  column holds counts
         */
        public Builder set(String blockCaption, String rowLabel, String columnLabel, BigDecimal value) {
            Objects.requireNonNull(value, "value");
            Layout l = layout(format, blockCaption);
            int r = rowIndex(l, rowLabel);
            int c = columnIndex(l, columnLabel);
            if (!l.moneyColumns().contains(columnLabel)) {
                throw new IllegalArgumentException("\"" + columnLabel + "\" holds counts, not amounts");
            }
            if (value.signum() < 0) {
                throw new IllegalArgumentException("negative amount " + value + " in \"" + columnLabel + "\"");
            }
            values.get(layouts.indexOf(l)).get(r).set(c, value);
            return this;
        }

        public ProactiveTable build() {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < layouts.size(); i++) {
                Layout l = layouts.get(i);
                List<String> columns = new ArrayList<>();
                columns.add(CONTENT_COLUMN);
                columns.addAll(l.valueColumns());
                List<BlockRow> rows = new ArrayList<>();
                for (int r = 0; r < l.rows().size(); r++) {
                    rows.add(new BlockRow(l.rows().get(r), values.get(i).get(r)));
                }
                blocks.add(new Block(l.caption(), columns, rows));
            }
            return new ProactiveTable(format, blocks);
        }
    }

    /** The captions of the blocks of the format, in order. */
    public static List<String> captions(ReportFormat format) {
        return layouts(format).stream().map(Layout::caption).toList();
    }

    /** For each block caption of the format, its row labels. */
    public static Map<String, List<String>> rowLabels(ReportFormat format) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Layout l : layouts(format)) {
            out.put(l.caption(), l.rows());
        }
        return Collections.unmodifiableMap(out);
    }
}
