package io.newsatlas.config;

/** Event stage settings; see conf/newsatlas.yaml. */
public record EventSettings(boolean enabled, String dictionary, int sameEventDays, int otherDocumentDays) implements java.io.Serializable {
  /** Where the dictionary is when nobody changed the setting (then the bundled copy may stand in). */
  public static final String DEFAULT_DICTIONARY = "conf/events.yaml";

  void validate() {
    ConfigException.check(dictionary != null && !dictionary.isBlank(),
        "Invalid events.dictionary: empty (give the path of an event YAML file)");
    ConfigException.check(sameEventDays >= 0, "Invalid events.same_event_days: %d (give 0 or more days)", sameEventDays);
    ConfigException.check(otherDocumentDays >= 0, "Invalid events.other_document_days: %d (give 0 or more days)",
        otherDocumentDays);
  }
}
