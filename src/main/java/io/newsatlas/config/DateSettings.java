package io.newsatlas.config;

/** Settings of date extraction and of the resolution of day-month dates without a year. */
public record DateSettings(int datelineLines, boolean resolvePartial, int minSharedNames, int minSharedTerms) implements java.io.Serializable {
  void validate() {
    ConfigException.check(datelineLines >= 1 && datelineLines <= 50,
        "Invalid dates.dateline_lines: %d (must be between 1 and 50)", datelineLines);
    ConfigException.check(minSharedNames >= 1,
        "Invalid dates.min_shared_names: %d (must be at least 1)", minSharedNames);
    ConfigException.check(minSharedTerms >= 1,
        "Invalid dates.min_shared_terms: %d (must be at least 1)", minSharedTerms);
  }
}
