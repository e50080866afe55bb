package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.masthead.shared.FieldProblem;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DecodeBudgetTests {

    /** The heap the README recommends, and the default budget there: half of it. */
    private static final long RECOMMENDED_HEAP = DataSize.ofMegabytes(512).toBytes();

    private final DecodeBudget atRecommendedHeap = new DecodeBudget(RECOMMENDED_HEAP / 2);

    @Test
    void atTheRecommendedHeapA6320PixelSquareRgbaPictureIsDecodedAtHalfSizeWithinTheBudget() {
        assertThat(DecodeBudget.cost(6320, 6320)).isGreaterThan(atRecommendedHeap.bytes());

        int step = atRecommendedHeap.step(6320, 6320, ImageVariant.ARTICLE.maxWidth());

        assertThat(step).isEqualTo(2);
        assertThat(DecodeBudget.scaled(6320, step)).isEqualTo(3160);
        assertThat(DecodeBudget.cost(3160, 3160))
                .isLessThanOrEqualTo(atRecommendedHeap.bytes())
                .isLessThan(RECOMMENDED_HEAP / 2);
    }

    @Test
    void aPictureThatFitsIsDecodedAtFullSize() {
        assertThat(atRecommendedHeap.step(4000, 3000, ImageVariant.ARTICLE.maxWidth()))
                .isEqualTo(1);
    }

    @Test
    void concurrentDecodesTogetherNeverTakeMoreThanTheBudget() throws Exception {
        long big = DecodeBudget.cost(4000, 4000); // 192 MB: two do not fit in 256 MB
        DecodeBudget.Permit first = atRecommendedHeap.take(big);
        assertThat(atRecommendedHeap.available()).isLessThan(big);

        CompletableFuture<DecodeBudget.Permit> second = CompletableFuture.supplyAsync(() -> {
            try {
                return atRecommendedHeap.take(big);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !second.isDone());
        first.close();

        DecodeBudget.Permit taken = second.get();
        assertThat(atRecommendedHeap.available()).isEqualTo(atRecommendedHeap.bytes() - (big + 1023) / 1024 * 1024);
        taken.close();
        assertThat(atRecommendedHeap.available()).isEqualTo(atRecommendedHeap.bytes());
    }

    @Test
    void refusesOnTheFileFieldWhatWouldNotFitEvenAtTheWidthItIsNeededAt() {
        DecodeBudget small = new DecodeBudget(DataSize.ofMegabytes(8).toBytes());

        assertThatThrownBy(() -> small.step(12_000, 12_000, ImageVariant.ARTICLE.maxWidth()))
                .isInstanceOf(ImageTooLargeException.class)
                .extracting(e -> ((ImageTooLargeException) e).problems().get(0))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly("file", "media.image.too-large-for-memory");
        assertThatThrownBy(() -> small.step(900, 2_000, ImageVariant.ARTICLE.maxWidth()))
                .as("a picture narrower than the article variant is never subsampled")
                .isInstanceOf(ImageTooLargeException.class);
    }
}
