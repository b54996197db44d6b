package org.gongkai.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** 索引号 format and parse are inverse (2008 指引 pattern, 9- or 18-character 前段码). */
class IndexNumberProperties {

    private static final char[] ISSUER_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    @Provide
    Arbitrary<IndexNumber> indexNumbers() {
        Arbitrary<String> issuer = Arbitraries.of(9, 18)
                .flatMap(len -> Arbitraries.strings().withChars(ISSUER_CHARS).ofLength(len));
        return Combinators.combine(issuer, Arbitraries.integers().between(1000, 9999),
                        Arbitraries.integers().between(1, 99999))
                .as(IndexNumber::new);
    }

    @Property
    @Label("parse(toString(n)) == n")
    void formatThenParseIsIdentity(@ForAll("indexNumbers") IndexNumber n) {
        assertThat(IndexNumber.parse(n.toString())).contains(n);
    }

    @Property
    @Label("toString(parse(s)) == s for every string in the national pattern")
    void parseThenFormatIsIdentity(@ForAll("indexNumbers") IndexNumber n) {
        String text = n.issuerCode() + "/" + n.year() + "-" + String.format("%05d", n.serial());
        assertThat(IndexNumber.parse(text).map(IndexNumber::toString)).contains(text);
    }

    @Property
    @Label("9 + 1 + 4 + 1 + 5 = 20 characters, or 29 with an 18-character 前段码; suffix is the last 10")
    void lengthAndSuffix(@ForAll("indexNumbers") IndexNumber n) {
        String text = n.toString();
        assertThat(text).hasSize(n.issuerCode().length() == 9 ? 20 : 29);
        assertThat(text).endsWith("/" + n.suffix());
        assertThat(n.suffix()).hasSize(10).matches("\\d{4}-\\d{5}");
    }

    @Property
    @Label("parse never throws, whatever the text")
    void parseNeverThrows(@ForAll("nearMisses") String text) {
        IndexNumber.parse(text).ifPresent(n -> assertThat(n.toString()).isEqualTo(text.trim()));
    }

    /** Mostly well-formed parts, each sometimes wrong, so that near misses of the pattern are common. */
    @Provide
    Arbitrary<String> nearMisses() {
        Arbitrary<String> issuer = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(9, 18).flatMap(len -> Arbitraries.strings().withChars(ISSUER_CHARS).ofLength(len))),
                Tuple.of(1, Arbitraries.strings().withChars(ISSUER_CHARS).ofMinLength(8).ofMaxLength(19)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
        Arbitrary<String> year = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().numeric().ofLength(4)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(5)));
        Arbitrary<String> serial = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().numeric().ofLength(5)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(6)));
        Arbitrary<String> slash = Arbitraries.frequency(Tuple.of(4, "/"), Tuple.of(1, "-"), Tuple.of(1, ""));
        Arbitrary<String> hyphen = Arbitraries.frequency(Tuple.of(4, "-"), Tuple.of(1, "/"));
        return Combinators.combine(issuer, slash, year, hyphen, serial).as((i, s1, y, s2, n) -> i + s1 + y + s2 + n);
    }
}
