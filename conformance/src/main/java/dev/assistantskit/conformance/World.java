package dev.assistantskit.conformance;

/** What one scenario knows: the target, and the last answer it got. Created anew per scenario. */
public final class World {
  private final Target target = Target.current();
  private final Wire wire = new Wire(target);
  private Wire.Reply lastReply;

  public Target target() {
    return target;
  }

  public Wire wire() {
    return wire;
  }

  public Wire.Reply lastReply() {
    if (lastReply == null) {
      throw new IllegalStateException("no request has been answered yet in this scenario");
    }
    return lastReply;
  }

  public void answered(Wire.Reply reply) {
    lastReply = reply;
  }
}
