package io.newsatlas.config;

import java.util.List;

/** Charts and the PDF report, the last stage of a run; see conf/newsatlas.yaml. */
public record ReportSettings(boolean enabled, int topThemes, int topTopics, int topTerms, int topActors,
    int networkActors, int topPairs, int pairMinSentences, int topSources, int events, List<String> partners,
    int minTopicDocuments, int width, int height) implements java.io.Serializable {

  void validate() {
    ConfigException.check(topThemes >= 1 && topThemes <= 20,
        "Invalid report.top_themes: %d (must be between 1 and 20: more lines are unreadable)", topThemes);
    ConfigException.check(topTopics >= 1 && topTopics <= 20,
        "Invalid report.top_topics: %d (must be between 1 and 20)", topTopics);
    ConfigException.check(topTerms >= 1 && topTerms <= 30,
        "Invalid report.top_terms: %d (must be between 1 and 30)", topTerms);
    ConfigException.check(topActors >= 1 && topActors <= 20,
        "Invalid report.top_actors: %d (must be between 1 and 20)", topActors);
    ConfigException.check(networkActors >= 2 && networkActors <= 100,
        "Invalid report.network_actors: %d (must be between 2 and 100)", networkActors);
    ConfigException.check(topPairs >= 1 && topPairs <= 50,
        "Invalid report.top_pairs: %d (must be between 1 and 50)", topPairs);
    ConfigException.check(pairMinSentences >= 1,
        "Invalid report.pair_min_sentences: %d (must be 1 or more)", pairMinSentences);
    ConfigException.check(topSources >= 1 && topSources <= 20,
        "Invalid report.top_sources: %d (must be between 1 and 20)", topSources);
    ConfigException.check(events >= 1 && events <= 500,
        "Invalid report.events: %d (must be between 1 and 500)", events);
    ConfigException.check(partners != null && partners.stream().allMatch(p -> p != null && p.matches("[a-z0-9_]+")),
        "Invalid report.partners: %s (must be a list of actor ids of the gazetteer, such as united_states)", partners);
    ConfigException.check(minTopicDocuments >= 0,
        "Invalid report.min_topic_documents: %d (must be 0 or more)", minTopicDocuments);
    ConfigException.check(width >= 640 && width <= 8000,
        "Invalid report.width: %d (must be between 640 and 8000 pixels)", width);
    ConfigException.check(height >= 360 && height <= 8000,
        "Invalid report.height: %d (must be between 360 and 8000 pixels)", height);
  }
}
