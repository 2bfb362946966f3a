package dev.assistantskit.client.stream;

import dev.assistantskit.client.model.MessageContentTextAnnotation;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFileCitation;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFileCitationObject;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFilePath;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFilePathObject;
import dev.assistantskit.client.model.MessageDeltaContentTextAnnotationsFileCitationObject;
import dev.assistantskit.client.model.MessageDeltaContentTextAnnotationsFilePathObject;
import dev.assistantskit.client.model.MessageDeltaTextAnnotation;
import java.util.Map;

/** One annotation of a text part, merged from its deltas. */
final class AnnotationBuilder {
  private final String type;
  private String text;
  private String fileId;
  private String quote;
  private Integer startIndex;
  private Integer endIndex;

  private AnnotationBuilder(String type) {
    this.type = type;
  }

  static void merge(Map<Integer, AnnotationBuilder> byIndex, MessageDeltaTextAnnotation delta) {
    Object actual = delta.getActualInstance();
    if (actual instanceof MessageDeltaContentTextAnnotationsFileCitationObject c) {
      AnnotationBuilder a = at(byIndex, c.getIndex(), "file_citation");
      a.add(c.getText(), c.getStartIndex(), c.getEndIndex());
      if (c.getFileCitation() != null) {
        a.fileId = Merge.same("file_citation.file_id", a.fileId, c.getFileCitation().getFileId());
        a.quote = Merge.concat(a.quote, c.getFileCitation().getQuote());
      }
    } else if (actual instanceof MessageDeltaContentTextAnnotationsFilePathObject p) {
      AnnotationBuilder a = at(byIndex, p.getIndex(), "file_path");
      a.add(p.getText(), p.getStartIndex(), p.getEndIndex());
      if (p.getFilePath() != null) {
        a.fileId = Merge.same("file_path.file_id", a.fileId, p.getFilePath().getFileId());
      }
    } else {
      throw new IllegalArgumentException("Unsupported annotation delta: " + actual);
    }
  }

  private static AnnotationBuilder at(
      Map<Integer, AnnotationBuilder> byIndex, Integer index, String type) {
    int i = Merge.index(index, "annotations");
    AnnotationBuilder a = byIndex.computeIfAbsent(i, k -> new AnnotationBuilder(type));
    Merge.same("the type of annotation " + i, a.type, type);
    return a;
  }

  private void add(String textPiece, Integer start, Integer end) {
    text = Merge.concat(text, textPiece);
    startIndex = Merge.same("annotation start_index", startIndex, start);
    endIndex = Merge.same("annotation end_index", endIndex, end);
  }

  MessageContentTextAnnotation build() {
    if (type.equals("file_citation")) {
      return new MessageContentTextAnnotation(
          new MessageContentTextAnnotationsFileCitationObject()
              .type(MessageContentTextAnnotationsFileCitationObject.TypeEnum.FILE_CITATION)
              .text(text)
              .fileCitation(
                  new MessageContentTextAnnotationsFileCitation().fileId(fileId).quote(quote))
              .startIndex(startIndex)
              .endIndex(endIndex));
    }
    return new MessageContentTextAnnotation(
        new MessageContentTextAnnotationsFilePathObject()
            .type(MessageContentTextAnnotationsFilePathObject.TypeEnum.FILE_PATH)
            .text(text)
            .filePath(new MessageContentTextAnnotationsFilePath().fileId(fileId))
            .startIndex(startIndex)
            .endIndex(endIndex));
  }
}
