package dev.assistantskit.client.stream;

import dev.assistantskit.client.model.MessageContent;
import dev.assistantskit.client.model.MessageContentImageFile;
import dev.assistantskit.client.model.MessageContentImageFileObject;
import dev.assistantskit.client.model.MessageContentText;
import dev.assistantskit.client.model.MessageContentTextAnnotation;
import dev.assistantskit.client.model.MessageContentTextObject;
import dev.assistantskit.client.model.MessageDelta;
import dev.assistantskit.client.model.MessageDeltaContent;
import dev.assistantskit.client.model.MessageDeltaContentImageFileObject;
import dev.assistantskit.client.model.MessageDeltaContentText;
import dev.assistantskit.client.model.MessageDeltaContentTextObject;
import dev.assistantskit.client.model.MessageDeltaObject;
import dev.assistantskit.client.model.MessageDeltaTextAnnotation;
import dev.assistantskit.client.model.MessageObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Rebuilds one message from its {@code thread.message.delta} events, so that the result can be
 * compared with the {@code thread.message.completed} message: {@code
 * acc.content().equals(completed.getContent())}.
 *
 * <p>Content parts are merged by {@code index}: the {@code value} of text parts is concatenated, an
 * image_file part takes its {@code file_id}. Annotations are merged by their {@code index}: {@code
 * text} and {@code quote} are concatenated, the other fields are set. A field such as a file ID may
 * be repeated, but not changed. Not thread-safe.
 */
public final class MessageDeltaAccumulator {
  private String messageId;
  private MessageObject.RoleEnum role;
  private final TreeMap<Integer, Part> parts = new TreeMap<>();

  /**
   * Adds the next delta of the message.
   *
   * @param delta the data of a {@code thread.message.delta} event
   * @return this
   * @throws IllegalArgumentException if the delta belongs to another message, or contradicts the
   *     earlier ones (another part type at an index, another file ID)
   */
  public MessageDeltaAccumulator add(MessageDeltaObject delta) {
    Objects.requireNonNull(delta, "delta");
    messageId = Merge.same("id", messageId, delta.getId());
    MessageDelta changes = delta.getDelta();
    if (changes == null) {
      return this;
    }
    if (changes.getRole() != null) {
      role =
          Merge.same("role", role, MessageObject.RoleEnum.fromValue(changes.getRole().getValue()));
    }
    if (changes.getContent() != null) {
      changes.getContent().forEach(this::addPart);
    }
    return this;
  }

  private void addPart(MessageDeltaContent part) {
    Object actual = part.getActualInstance();
    if (actual instanceof MessageDeltaContentTextObject text) {
      partAt(Merge.index(text.getIndex(), "content"), "text", TextPart::new).add(text.getText());
    } else if (actual instanceof MessageDeltaContentImageFileObject image) {
      ImagePart p = partAt(Merge.index(image.getIndex(), "content"), "image_file", ImagePart::new);
      if (image.getImageFile() != null) {
        p.fileId = Merge.same("image_file.file_id", p.fileId, image.getImageFile().getFileId());
      }
    } else {
      throw new IllegalArgumentException("Unsupported content part delta: " + actual);
    }
  }

  @SuppressWarnings("unchecked")
  private <P extends Part> P partAt(int index, String type, Supplier<P> create) {
    Part existing = parts.computeIfAbsent(index, i -> create.get());
    if (!existing.type().equals(type)) {
      throw new IllegalArgumentException(
          "Content part " + index + " is " + existing.type() + ", a delta makes it " + type);
    }
    return (P) existing;
  }

  /**
   * The ID of the message.
   *
   * @return the ID, or {@code null} before the first delta
   */
  public String messageId() {
    return messageId;
  }

  /**
   * The role, if a delta carried it.
   *
   * @return the role, or {@code null}
   */
  public MessageObject.RoleEnum role() {
    return role;
  }

  /**
   * The text so far: the values of the text parts, in index order, concatenated; the same rule as
   * {@link #textOf(MessageObject)}.
   *
   * @return the text; empty if there is none
   */
  public String text() {
    return textOf(content());
  }

  /**
   * The content so far, as in a message object: one part per index, in index order. A text part
   * without annotations has an empty {@code annotations} list, as the contract requires.
   *
   * @return new model objects; changing them does not affect this accumulator
   */
  public List<MessageContent> content() {
    List<MessageContent> content = new ArrayList<>();
    parts.values().forEach(p -> content.add(p.build()));
    return content;
  }

  /**
   * The text of a message: the values of its text parts, in order, concatenated.
   *
   * @param message e.g. the data of {@code thread.message.completed}
   * @return the text; empty if it has none
   */
  public static String textOf(MessageObject message) {
    return textOf(message.getContent() == null ? List.of() : message.getContent());
  }

  private static String textOf(List<MessageContent> content) {
    StringBuilder text = new StringBuilder();
    for (MessageContent part : content) {
      if (part.getActualInstance() instanceof MessageContentTextObject t && t.getText() != null) {
        text.append(Objects.toString(t.getText().getValue(), ""));
      }
    }
    return text.toString();
  }

  private interface Part {
    String type();

    MessageContent build();
  }

  private static final class TextPart implements Part {
    private final StringBuilder value = new StringBuilder();
    private final TreeMap<Integer, AnnotationBuilder> annotations = new TreeMap<>();

    void add(MessageDeltaContentText delta) {
      if (delta == null) {
        return;
      }
      if (delta.getValue() != null) {
        value.append(delta.getValue());
      }
      if (delta.getAnnotations() != null) {
        for (MessageDeltaTextAnnotation annotation : delta.getAnnotations()) {
          AnnotationBuilder.merge(annotations, annotation);
        }
      }
    }

    @Override
    public String type() {
      return "text";
    }

    @Override
    public MessageContent build() {
      List<MessageContentTextAnnotation> built = new ArrayList<>();
      for (Map.Entry<Integer, AnnotationBuilder> e : annotations.entrySet()) {
        built.add(e.getValue().build());
      }
      return new MessageContent(
          new MessageContentTextObject()
              .type(MessageContentTextObject.TypeEnum.TEXT)
              .text(new MessageContentText().value(value.toString()).annotations(built)));
    }
  }

  private static final class ImagePart implements Part {
    private String fileId;

    @Override
    public String type() {
      return "image_file";
    }

    @Override
    public MessageContent build() {
      return new MessageContent(
          new MessageContentImageFileObject()
              .type(MessageContentImageFileObject.TypeEnum.IMAGE_FILE)
              .imageFile(new MessageContentImageFile().fileId(fileId)));
    }
  }
}
