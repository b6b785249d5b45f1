package org.truce.ui;

import java.util.Map;

/**
 * The points of one grid cell: drawn at their mean position with their count and their count per
 * kind; {@code single} is the point itself when the cell holds only one.
 *
 * @param bounds the box of the members ({@code west, south, east, north}), for zooming into the cluster
 */
public record PointCluster(String cell, double longitude, double latitude, int count, Map<String, Integer> kinds,
                           double[] bounds, MapPoint single) {

    public boolean isSingle() {
        return single != null;
    }
}
