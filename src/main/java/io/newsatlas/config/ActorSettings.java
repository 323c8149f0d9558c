package io.newsatlas.config;

/** Actor stage settings; see conf/newsatlas.yaml. */
public record ActorSettings(String gazetteer, int storyMinSharedActors, int storyMinSharedPeople,
    double storyMinOverlap, int storyMaxDaysApart,
    int candidateMinDocuments)
    implements java.io.Serializable {
  public static final String DEFAULT_GAZETTEER = "conf/actors.yaml";

  void validate() {
    ConfigException.check(gazetteer != null && !gazetteer.isBlank(),
        "Invalid actors.gazetteer: empty (give the path of an actor YAML file)");
    ConfigException.check(storyMinSharedActors >= 1,
        "Invalid actors.story_min_shared_actors: %d (must be at least 1)", storyMinSharedActors);
    ConfigException.check(storyMinSharedPeople >= 0 && storyMinSharedPeople <= storyMinSharedActors,
        "Invalid actors.story_min_shared_people: %d (must be between 0 and story_min_shared_actors)", storyMinSharedPeople);
    ConfigException.check(storyMinOverlap > 0 && storyMinOverlap <= 1,
        "Invalid actors.story_min_overlap: %s (must be above 0 and at most 1)", storyMinOverlap);
    ConfigException.check(storyMaxDaysApart >= 0 && storyMaxDaysApart <= 30,
        "Invalid actors.story_max_days_apart: %d (must be between 0 and 30)", storyMaxDaysApart);
    ConfigException.check(candidateMinDocuments >= 1,
        "Invalid actors.candidate_min_documents: %d (must be at least 1)", candidateMinDocuments);
  }
}
