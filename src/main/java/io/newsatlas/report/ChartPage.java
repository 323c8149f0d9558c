package io.newsatlas.report;

import java.util.List;

/** A figure and the two sentences that say what it shows, computed from its data. */
public record ChartPage(Figure figure, List<String> reading) {}
