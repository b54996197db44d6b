package org.gongkai.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.statistics.web.SvgCharts.Bar;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated SVG is inserted unescaped into pages, so it must be well-formed, escaped and labelled. */
class SvgChartsTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d) {
        NodeList nodes = d.getElementsByTagName("text");
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(k -> nodes.item(k).getTextContent()).toList();
    }

    @Test
    void columns_carry_every_value_and_label_and_are_accessible() throws Exception {
        String svg = SvgCharts.columns("items-month", "2026 年各月发布", "全年 9 条",
                List.of(new Bar("1月", 0), new Bar("2月", 7), new Bar("3月", 2)));
        Document d = parse(svg);
        Element root = d.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("items-month-title items-month-desc");
        Element title = (Element) d.getElementsByTagName("title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("items-month-title");
        assertThat(title.getTextContent()).isEqualTo("2026 年各月发布");
        Element desc = (Element) d.getElementsByTagName("desc").item(0);
        assertThat(desc.getAttribute("id")).isEqualTo("items-month-desc");
        assertThat(texts(d)).containsSubsequence("0", "1月", "7", "2月", "2", "3月");
        NodeList rects = d.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(3);
        double tallest = Double.parseDouble(((Element) rects.item(1)).getAttribute("height"));
        double second = Double.parseDouble(((Element) rects.item(2)).getAttribute("height"));
        double zero = Double.parseDouble(((Element) rects.item(0)).getAttribute("height"));
        assertThat(tallest).isEqualTo(180.0);
        assertThat(second).isCloseTo(180.0 * 2 / 7, org.assertj.core.data.Offset.offset(0.1));
        assertThat(zero).isZero();
    }

    @Test
    void text_is_escaped_so_a_label_cannot_inject_markup() throws Exception {
        String evil = "<script>alert('x')</script>&\"栏目\"";
        String svg = SvgCharts.bars("c\" onload=\"x", evil, "说明 <b>", List.of(new Bar(evil, 3), new Bar("通知公告", 5)));
        assertThat(svg).doesNotContain("<script>").doesNotContain("onload=\"x").contains("&lt;script&gt;");
        Document d = parse(svg); // well-formed despite the input
        assertThat(d.getElementsByTagName("script").getLength()).isZero();
        assertThat(d.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("c--onload--x-title c--onload--x-desc");
        assertThat(d.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(evil);
        assertThat(texts(d)).contains("3", "5", "通知公告");
    }

    @Test
    void all_zero_and_empty_charts_draw_without_division_by_zero() throws Exception {
        String svg = SvgCharts.bars("empty", "无数据", "没有", List.of(new Bar("甲", 0)));
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
        parse(svg);
        String none = SvgCharts.columns("none", "无", "无", List.of());
        assertThat(parse(none).getElementsByTagName("rect").getLength()).isZero();
    }

    @Test
    void long_labels_are_shortened_on_the_chart_but_kept_whole_in_the_tooltip() throws Exception {
        String label = "一二三四五六七八九十十一十二十三";
        Document d = parse(SvgCharts.bars("long", "t", "d", List.of(new Bar(label, 1))));
        assertThat(texts(d)).contains("一二三四五六七八九十十…");
        assertThat(d.getElementsByTagName("title").item(1).getTextContent()).isEqualTo(label + "：1");
    }
}
