package dev.assistantskit.server.domain;

import java.util.List;

/** A part of a message's content. */
public sealed interface MessageContent permits MessageContent.Text, MessageContent.ImageFile {
  record Text(String value, List<Annotation> annotations) implements MessageContent {
    public Text {
      annotations = List.copyOf(annotations);
    }

    public static Text of(String value) {
      return new Text(value, List.of());
    }
  }

  record ImageFile(String fileId) implements MessageContent {}

  /** A span of a text part that refers to a file. */
  sealed interface Annotation permits FileCitation, FilePath {
    String text();

    int startIndex();

    int endIndex();
  }

  record FileCitation(String text, String fileId, String quote, int startIndex, int endIndex)
      implements Annotation {}

  record FilePath(String text, String fileId, int startIndex, int endIndex) implements Annotation {}
}
