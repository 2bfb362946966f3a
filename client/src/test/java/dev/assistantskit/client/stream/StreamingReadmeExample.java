package dev.assistantskit.client.stream;

import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.RunObject;
import java.io.PrintStream;

/**
 * The streaming snippet of client/README.md (the lines between the "README snippet" markers), kept
 * compiling and run by {@link StreamingReadmeExampleTest}.
 */
final class StreamingReadmeExample {
  private StreamingReadmeExample() {}

  static RunObject printAnswer(AssistantsClient client, String thread, String id, PrintStream out) {
    // README snippet begin
    RunObject run = null;
    try (AssistantStream events =
        client.streamRun(thread, new CreateRunRequest().assistantId(id))) {
      for (AssistantStreamEvent event : events) {
        if (event instanceof AssistantStreamEvent.MessageDeltaEvent delta) {
          out.print(delta.text()); // the answer, as it is written
        } else if (event instanceof AssistantStreamEvent.RunEvent r) {
          run = r.data(); // last one: completed, requires_action (→ streamToolOutputs), failed…
        }
        event.throwIfError(); // an error event becomes a StreamErrorException
      }
    }
    return run;
    // README snippet end
  }
}
