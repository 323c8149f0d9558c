package io.newsatlas.ingest;

import java.io.Serializable;

/**
 * One file to read.
 *
 * @param uri full Hadoop path (file:, hdfs:, s3a: ...)
 * @param relativePath path below the input root; what tables store, so ids do not depend on where
 *     the corpus is mounted
 */
public record InputFile(String uri, String relativePath, long size) implements Serializable {}
