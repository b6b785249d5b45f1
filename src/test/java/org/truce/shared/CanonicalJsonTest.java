package org.truce.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void rfc8785NumbersAndEscapesExample() {
        // the example of RFC 8785 section 3.2.2
        String input = "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
                + " \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                + " \"literals\": [null, true, false]}";
        assertThat(CanonicalJson.canonicalize(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void keysAreSortedByUtf16CodeUnitsWhateverTheInsertionOrder() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("zeta", 1);
        first.put("alpha", List.of(2, 1));
        first.put("Beta", "b");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("Beta", "b");
        second.put("alpha", List.of(2, 1));
        second.put("zeta", 1);
        assertThat(CanonicalJson.text(first)).isEqualTo("{\"Beta\":\"b\",\"alpha\":[2,1],\"zeta\":1}")
                .isEqualTo(CanonicalJson.text(second));
    }

    @Test
    void instantsAreWrittenAsIsoStrings() {
        record Stamp(Instant at) {
        }
        assertThat(CanonicalJson.text(new Stamp(Instant.parse("2025-03-17T21:00:00Z"))))
                .isEqualTo("{\"at\":\"2025-03-17T21:00:00Z\"}");
    }
}
