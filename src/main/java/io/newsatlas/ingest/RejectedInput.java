package io.newsatlas.ingest;

/** Thrown by per-record parsing when an input must go to rejects; carries the reason and a user-facing message. */
public final class RejectedInput extends Exception {
  private final RejectReason reason;

  public RejectedInput(RejectReason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
