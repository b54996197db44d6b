package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.agency.Agency;
import org.gongkai.core.review.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/proofread: signed-in users only; text as JSON, or a document as multipart. */
class ProofreadApiTest extends ApiTestBase {

    @Test
    @DisplayName("Text: findings with offsets, category, severity, suggestion and a Chinese message; no token → 401")
    void text() {
        Agency a = county.department("接口纠错局");
        Person p = person(a, Role.DRAFTER);
        String text = "请于XX月XX日前联系13812341234。";
        Api.Response r = api.post("/api/v1/proofread", json("text", text, "date", "2026-03-02"), p.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> findings = r.json().path("findings").valueStream().toList();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path("category").asString()).isEqualTo("PERSONAL_DATA");
            assertThat(f.path("severity").asString()).isEqualTo("BLOCK");
            assertThat(f.path("suggestion").asString()).isEqualTo("138****1234");
            assertThat(text.substring(f.path("start").asInt(), f.path("end").asInt())).isEqualTo("13812341234");
            assertThat(f.path("message").asString()).isNotBlank();
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.path("category").asString()).isEqualTo("PLACEHOLDER"));

        assertThat(api.post("/api/v1/proofread", json("text", text), null).status()).isEqualTo(401);
        Api.Response empty = api.post("/api/v1/proofread", json("text", " "), p.token());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.field()).isEqualTo("text");
        assertThat(api.post("/api/v1/proofread", json("text", "正文", "date", "2026/03/02"), p.token()).field())
                .isEqualTo("date");
    }

    @Test
    @DisplayName("Multipart: an .xlsx with ID numbers on a hidden sheet is BLOCK; a damaged file is 400 with the reason")
    void file() throws Exception {
        Agency a = county.department("接口附件局");
        Person p = person(a, Role.DRAFTER);
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("公示").createRow(0).createCell(0).setCellValue("2026年低保对象公示");
            XSSFSheet hidden = wb.createSheet("底册");
            hidden.createRow(0).createCell(0).setCellValue("张三");
            hidden.getRow(0).createCell(1).setCellValue("11010519491231002X");
            wb.setSheetHidden(1, true);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        HttpResponse<String> ok = multipart(p.token(), "名单.xlsx", xlsx);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode body = Api.JSON.readTree(ok.body());
        assertThat(body.path("findings").valueStream().toList()).anySatisfy(f -> {
            assertThat(f.path("category").asString()).isEqualTo("PERSONAL_DATA");
            assertThat(f.path("severity").asString()).isEqualTo("BLOCK");
            assertThat(f.path("location").asString()).contains("底册");
        });
        HttpResponse<String> bad = multipart(p.token(), "坏文件.docx", "not a word file".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.JSON.readTree(bad.body()).path("message").asString()).contains("坏文件.docx");
    }

    HttpResponse<String> multipart(String token, String name, byte[] content) throws Exception {
        String boundary = "gk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/proofread"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
