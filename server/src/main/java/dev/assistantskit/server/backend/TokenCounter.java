package dev.assistantskit.server.backend;

import java.util.List;

/** Counts tokens the way the model's tokenizer does (cl100k_base by default). */
public interface TokenCounter {
  int count(String text);

  /** The longest prefix of {@code text} of at most {@code maxTokens} tokens. */
  String truncate(String text, int maxTokens);

  /** Pieces of about {@code tokensPerChunk} tokens that concatenate to {@code text}. */
  List<String> chunks(String text, int tokensPerChunk);
}
