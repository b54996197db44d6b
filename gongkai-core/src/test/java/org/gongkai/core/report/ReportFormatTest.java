package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    @DisplayName("60号 for the 2019 and 2020 reports, 30号 from 2021")
    void forYear() {
        assertThat(ReportFormat.forYear(2019)).isEqualTo(ReportFormat.F2019);
        assertThat(ReportFormat.forYear(2020)).isEqualTo(ReportFormat.F2019);
        assertThat(ReportFormat.forYear(2021)).isEqualTo(ReportFormat.F2021);
        assertThat(ReportFormat.forYear(2025)).isEqualTo(ReportFormat.F2021);
        assertThatThrownBy(() -> ReportFormat.forYear(2018)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2018");
    }

    @Test
    @DisplayName("citations")
    void citations() {
        assertThat(ReportFormat.F2019.citation())
                .isEqualTo("《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）");
        assertThat(ReportFormat.F2021.citation())
                .isEqualTo("《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）");
    }

    @Test
    @DisplayName("six section headings of §3.1, in order")
    void sections() {
        assertThat(Sections.headings()).containsExactly("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项");
        assertThat(Sections.OVERVIEW_SUBHEADINGS).containsExactly("（一）主动公开", "（二）依申请公开",
                "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障");
    }
}
