package io.newsatlas.config;

/** Theme stage settings; see conf/newsatlas.yaml. */
public record ThemeSettings(String dictionary, int spikeWindow, double spikeZ, int spikeMinDocuments)
    implements java.io.Serializable {
  /** Where the dictionary is when nobody changed the setting (then the bundled copy may stand in). */
  public static final String DEFAULT_DICTIONARY = "conf/themes.yaml";

  void validate() {
    ConfigException.check(dictionary != null && !dictionary.isBlank(),
        "Invalid themes.dictionary: empty (give the path of a theme YAML file)");
    ConfigException.check(spikeWindow >= 2 && spikeWindow <= 120,
        "Invalid themes.spike_window: %d (must be between 2 and 120 periods)", spikeWindow);
    ConfigException.check(spikeZ > 0, "Invalid themes.spike_z: %s (must be above 0)", spikeZ);
    ConfigException.check(spikeMinDocuments >= 1,
        "Invalid themes.spike_min_documents: %d (must be at least 1)", spikeMinDocuments);
  }
}
