package org.truce.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsCarryTheirTypePrefixAndAreUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.next("rep");
            assertThat(Ids.isWellFormed(id, "rep")).as(id).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void laterIdsSortAfterEarlierOnes() throws InterruptedException {
        String earlier = Ids.next("inc");
        Thread.sleep(2);
        assertThat(Ids.next("inc")).isGreaterThan(earlier);
    }

    @Test
    void malformedIdsAreRefusedNamingTheField() {
        assertThat(Ids.isWellFormed("site_abc", "rep")).isFalse();
        assertThat(Ids.isWellFormed("rep_ABC", "rep")).isFalse();
        assertThat(Ids.isWellFormed("rep_x'; drop table", "rep")).isFalse();
        assertThatThrownBy(() -> Ids.requireWellFormed("nope", "agr", "agreementId"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("agreementId"));
    }
}
