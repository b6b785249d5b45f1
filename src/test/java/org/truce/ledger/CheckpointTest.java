package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

    // The example of c2sp.org/tlog-checkpoint.
    private static final String SPEC_EXAMPLE = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void readsAndWritesTheSpecExample() {
        Checkpoint checkpoint = Checkpoint.parse(SPEC_EXAMPLE);
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20_852_163L);
        assertThat(checkpoint.rootHash()).isEqualTo(Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="));
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.format()).isEqualTo(SPEC_EXAMPLE);
    }

    @Test
    void keepsExtensionLinesInOrder() {
        String text = SPEC_EXAMPLE + "first extension\nsecond — with UTF-8\n";
        Checkpoint checkpoint = Checkpoint.parse(text);
        assertThat(checkpoint.extensions()).containsExactly("first extension", "second — with UTF-8");
        assertThat(checkpoint.format()).isEqualTo(text);
        assertThat(checkpoint).isEqualTo(new Checkpoint("example.com/behind-the-sofa", 20_852_163L, checkpoint.rootHash(),
                List.of("first extension", "second — with UTF-8")));
    }

    @Test
    void anEmptyTreeHasSizeZero() {
        Checkpoint empty = new Checkpoint("truce.example/ledger", 0, MerkleHashes.emptyRoot());
        assertThat(empty.format()).isEqualTo("truce.example/ledger\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        assertThat(Checkpoint.parse(empty.format())).isEqualTo(empty);
    }

    @Test
    void rootHashIsCopiedInAndOut() {
        byte[] root = MerkleHashes.emptyRoot();
        Checkpoint checkpoint = new Checkpoint("o", 1, root);
        root[0] ^= 1;
        checkpoint.rootHash()[1] ^= 1;
        assertThat(checkpoint.rootHash()).isEqualTo(MerkleHashes.emptyRoot());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=",        // no final newline
            "example.com/behind-the-sofa\n20852163\n",                                                  // two lines
            "\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",                               // empty origin
            "example.com/behind-the-sofa\n020852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",   // leading zero
            "example.com/behind-the-sofa\n00\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",          // zero spelt twice
            "example.com/behind-the-sofa\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",          // negative
            "example.com/behind-the-sofa\n+5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",          // sign
            "example.com/behind-the-sofa\n 5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",          // space
            "example.com/behind-the-sofa\n\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",            // no size
            "example.com/behind-the-sofa\n9223372036854775808\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n", // > long
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",     // no padding
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n",    // non-zero spare bits
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",  // empty extension
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq==\n",     // 31 bytes
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\r\n",  // CR
            "example.com/\tsofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",             // control character
    })
    void rejectsAnythingNotStrictlyACheckpoint(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parse(text));
    }

    @Test
    void acceptsTheLargestJavaTreeSize() {
        String text = "o\n9223372036854775807\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
        assertThat(Checkpoint.parse(text).size()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void constructorRefusesWhatCouldNotBeParsedBack() {
        byte[] root = MerkleHashes.emptyRoot();
        assertThatIllegalArgumentException().isThrownBy(() -> new Checkpoint("a\nb", 1, root));
        assertThatIllegalArgumentException().isThrownBy(() -> new Checkpoint("", 1, root));
        assertThatIllegalArgumentException().isThrownBy(() -> new Checkpoint("o", -1, root));
        assertThatIllegalArgumentException().isThrownBy(() -> new Checkpoint("o", 1, new byte[31]));
        assertThatIllegalArgumentException().isThrownBy(() -> new Checkpoint("o", 1, root, List.of("")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Checkpoint("o", 1, root, List.of("two\nlines")));
    }
}
