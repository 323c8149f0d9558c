package io.newsatlas.config;

/** A user error in the settings: reported as one line, before any work starts. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  /** Iceberg-style precondition: the message names the setting, the bad value and what is allowed. */
  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new ConfigException(String.format(format, args));
    }
  }
}
