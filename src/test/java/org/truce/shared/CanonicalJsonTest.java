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

    /** The direct writer agrees with the reference implementation on varied values. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void writesWhatTheReferenceImplementationWrites(long seed) {
        java.util.Random random = new java.util.Random(seed);
        Object value = java.util.Collections.singletonMap("v", randomValue(random, 0));
        String direct = CanonicalJson.text(value);
        String reference = CanonicalJson.canonicalize(tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(value));
        assertThat(direct).as("seed %d", seed).isEqualTo(reference);
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 300);
    }

    @Test
    void aLoneSurrogateIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalJson.text(Map.of("s", "a\uD800b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalJson.text(Map.of("s", "\uD83D\uDE00"))).isEqualTo("{\"s\":\"\uD83D\uDE00\"}");
    }

    private static Object randomValue(java.util.Random random, int depth) {
        int kind = depth > 3 ? random.nextInt(5) : random.nextInt(7);
        switch (kind) {
            case 0:
                return random.nextBoolean();
            case 1:
                return random.nextInt(3) == 0 ? (long) random.nextInt() : random.nextLong() >> random.nextInt(40);
            case 2:
                double[] doubles = {random.nextDouble() * 1000, -random.nextGaussian() * 1e-9, 1e21 * random.nextDouble(),
                        Math.scalb(random.nextDouble(), random.nextInt(200) - 100), 51.19, 0.1 + 0.2, 100.0};
                return doubles[random.nextInt(doubles.length)];
            case 3: {
                StringBuilder text = new StringBuilder();
                String alphabet = "aZ09 \"\\/\b\f\n\r\t\u0001\u001f\u007f€Ж\u2028é😀";
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    int at = random.nextInt(alphabet.length());
                    if (Character.isHighSurrogate(alphabet.charAt(at))) {
                        text.append(alphabet, at, at + 2);
                    } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                        text.append(alphabet.charAt(at));
                    }
                }
                return text.toString();
            }
            case 4:
                return null;
            case 5: {
                List<Object> list = new java.util.ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new java.util.HashMap<>();
                String[] keys = {"a", "B", "é", "€", "ab", "10", "1", "😀", "zeta", "\u0000"};
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(keys[random.nextInt(keys.length)], randomValue(random, depth + 1));
                }
                return map;
            }
        }
    }
}
