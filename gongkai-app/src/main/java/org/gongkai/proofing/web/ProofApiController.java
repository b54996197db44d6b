package org.gongkai.proofing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gongkai.agency.Officer;
import org.gongkai.core.proof.Finding;
import org.gongkai.platform.BadInputException;
import org.gongkai.proofing.ProofingService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The proofreading API for signed-in users (not public): text as JSON, or a document as multipart. */
@RestController
@Tag(name = "纠错", description = "Proofreading: typos, repetition, punctuation, expressions, placeholders, personal data")
class ProofApiController {

    record TextRequest(String text, String date) {
    }

    record FindingJson(int start, int end, String category, String severity, String text, String suggestion,
                       String message, String rule, String location) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.start(), f.end(), f.category().name(), f.severity().name(), f.text(),
                    f.suggestion(), f.message(), f.rule(), f.location());
        }
    }

    record Result(List<FindingJson> findings) {
    }

    private final ProofingService proofing;

    ProofApiController(ProofingService proofing) {
        this.proofing = proofing;
    }

    @PostMapping(path = "/api/v1/proofread", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "检查一段文字（登录用户）：{text, date?}；date 为文件日期，用于判断过时的表述")
    Result text(@RequestBody TextRequest r, Officer officer) {
        if (r == null) {
            throw new BadInputException("text", "proof.text.required");
        }
        return new Result(proofing.proofread(r.text(), date(r.date()), officer).stream().map(FindingJson::of).toList());
    }

    @PostMapping(path = "/api/v1/proofread", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "检查一个文件（文本、.docx、.xlsx、.pdf、.doc、.xls），包括隐藏的工作表、行列、修订、批注和作者信息")
    Result file(@RequestPart(name = "file", required = false) MultipartFile file,
                @RequestParam(required = false) String date, Officer officer) {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("file", "proof.file.required");
        }
        try {
            return new Result(proofing.proofreadFile(file.getOriginalFilename(), file.getBytes(), date(date), officer)
                    .stream().map(FindingJson::of).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("date", "error.date", value);
        }
    }
}
