package dev.assistantskit.server.runs;

import dev.assistantskit.server.backend.TokenCounter;
import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model sees of a thread for one turn, and what that costs in tokens: the finished
 * messages, the last {@code last_messages} of them when the truncation strategy says so, and as
 * many of the newest as fit {@code max_prompt_tokens}.
 */
record PromptWindow(List<Message> messages, int tokens) {
  /** Tokens the chat format adds around each message (role and separators). */
  static final int PER_MESSAGE = 3;

  /** The window, or null when not even the newest message fits {@code max_prompt_tokens}. */
  static PromptWindow of(
      Run run, List<Message> thread, List<ToolCall.Function> answered, TokenCounter tokens) {
    List<Message> finished = new ArrayList<>();
    for (Message message : thread) {
      if (message.status() != Message.Status.IN_PROGRESS) {
        finished.add(message);
      }
    }
    if (run.truncation() != null && run.truncation().lastMessages() != null) {
      int keep = run.truncation().lastMessages();
      finished =
          new ArrayList<>(finished.subList(Math.max(0, finished.size() - keep), finished.size()));
    }
    int fixed = tokens.count(run.instructions() == null ? "" : run.instructions());
    for (ToolCall.Function call : answered) {
      fixed += tokens.count(call.arguments()) + tokens.count(call.output()) + PER_MESSAGE;
    }
    int[] cost = finished.stream().mapToInt(m -> tokens.count(m.text()) + PER_MESSAGE).toArray();
    int total = fixed;
    for (int each : cost) {
      total += each;
    }
    int first = 0;
    Integer budget = run.maxPromptTokens();
    // the newest message is never dropped: a prompt without it cannot be answered
    while (budget != null && total > budget && first < finished.size() - 1) {
      total -= cost[first++];
    }
    if (budget != null && total > budget) {
      return null;
    }
    return new PromptWindow(List.copyOf(finished.subList(first, finished.size())), total);
  }
}
