package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.shared.InvalidInput;

class GridClusteringTest {

    private static final BoundingBox EASTERN_EUROPE = new BoundingBox(22, 44, 46, 56.5);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2025})
    void everyPointInViewIsCountedOnceAndEachClusterSitsAmongItsPoints(long seed) {
        Random random = new Random(seed);
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            points.add(new MapPoint("inc_" + i, 15 + random.nextDouble() * 40, 40 + random.nextDouble() * 20,
                    random.nextBoolean() ? "confirmed" : "unsubstantiated"));
        }
        int zoom = 3 + random.nextInt(4);
        long inView = points.stream().filter(p -> EASTERN_EUROPE.contains(p.longitude(), p.latitude())).count();

        List<PointCluster> clusters = GridClustering.cluster(points, EASTERN_EUROPE, zoom);

        assertThat(clusters.stream().mapToLong(PointCluster::count).sum()).as("seed %d zoom %d", seed, zoom).isEqualTo(inView);
        assertThat((long) clusters.size()).as("seed %d: one feature per cell, far fewer than points", seed)
                .isLessThanOrEqualTo(GridClustering.MAX_CELLS).isLessThan(inView / 10);
        for (PointCluster cluster : clusters) {
            double[] b = cluster.bounds();
            assertThat(cluster.longitude()).as("seed %d cell %s", seed, cluster.cell()).isBetween(b[0], b[2]);
            assertThat(cluster.latitude()).as("seed %d cell %s", seed, cluster.cell()).isBetween(b[1], b[3]);
            assertThat(cluster.kinds().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cluster.count());
            assertThat(cluster.isSingle()).isEqualTo(cluster.count() == 1);
        }
    }

    @Test
    void nearPointsShareACellUntilTheZoomSeparatesThem() {
        List<MapPoint> twoInKyiv = List.of(new MapPoint("a", 30.52, 50.45, "x"), new MapPoint("b", 30.62, 50.40, "y"));
        BoundingBox box = new BoundingBox(30.4, 50.3, 30.8, 50.6);
        assertThat(GridClustering.cluster(twoInKyiv, box, 6)).singleElement()
                .satisfies(c -> assertThat(c.count()).isEqualTo(2));
        assertThat(GridClustering.cluster(twoInKyiv, box, 12)).hasSize(2).allSatisfy(c -> assertThat(c.isSingle()).isTrue());
        BoundingBox street = new BoundingBox(30.51, 50.44, 30.53, 50.46);
        assertThat(GridClustering.cluster(List.of(twoInKyiv.get(0), twoInKyiv.get(0)), street, GridClustering.SINGLES_ZOOM))
                .as("from the singles zoom on, even points at one place are drawn alone").hasSize(2);
    }

    @Test
    void aBoxNoScreenShowsIsRefused() {
        assertThatThrownBy(() -> GridClustering.cluster(List.of(), new BoundingBox(-180, -85, 180, 85), 12))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("cells");
        assertThatThrownBy(() -> BoundingBox.parse("30,50,20")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> BoundingBox.parse("30,50,20,60")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> BoundingBox.parse("a,50,40,60")).isInstanceOf(InvalidInput.class);
        assertThat(BoundingBox.parse("22, 44, 46, 56.5")).isEqualTo(EASTERN_EUROPE);
    }

    @Test
    void theAnswerIsGeoJsonWithCountsAndKinds() {
        List<MapPoint> points = List.of(new MapPoint("a", 30.52, 50.45, "confirmed"),
                new MapPoint("b", 30.53, 50.46, "probable"), new MapPoint("c", 36.2, 49.99, "confirmed",
                        java.util.Map.of("title", "Kharkiv")));
        var json = ClusterGeoJson.write(GridClustering.cluster(points, EASTERN_EUROPE, 5));
        assertThat(json.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.get("total").asInt()).isEqualTo(3);
        var features = json.get("features");
        assertThat(features).hasSize(2);
        var cluster = features.get(0).get("properties").get("cluster").asBoolean() ? features.get(0) : features.get(1);
        var single = cluster == features.get(0) ? features.get(1) : features.get(0);
        assertThat(cluster.at("/properties/count").asInt()).isEqualTo(2);
        assertThat(cluster.at("/properties/kinds/confirmed").asInt()).isEqualTo(1);
        assertThat(cluster.at("/properties/kinds/probable").asInt()).isEqualTo(1);
        assertThat(single.at("/properties/id").asString()).isEqualTo("c");
        assertThat(single.at("/properties/title").asString()).isEqualTo("Kharkiv");
        assertThat(single.at("/geometry/coordinates/0").asDouble()).isEqualTo(36.2);
    }
}
