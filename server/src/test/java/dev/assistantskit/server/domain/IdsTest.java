package dev.assistantskit.server.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
  private final Ids ids = new Ids();

  @Test
  void idsAreShapedLikeAzures() {
    assertThat(ids.next(Ids.ASSISTANT)).matches("asst_[A-Za-z0-9]{24}");
    assertThat(ids.next(Ids.THREAD)).matches("thread_[A-Za-z0-9]{24}");
    assertThat(ids.next(Ids.FILE_BATCH)).matches("vsfb_[A-Za-z0-9]{24}");
    assertThat(ids.next(Ids.ASSISTANTS_FILE)).matches("assistant-[A-Za-z0-9]{24}");
    assertThat(ids.nextFineTuneFile()).matches("file-[0-9a-f]{32}");
  }

  @Test
  void idsSortInTheOrderTheyWereMade() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(ids.next(Ids.MESSAGE));
    }

    assertThat(made).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void twoIdsShareNoRandomTail() {
    String first = ids.next(Ids.RUN);
    String second = ids.next(Ids.RUN);

    assertThat(first.substring(13)).isNotEqualTo(second.substring(13));
  }
}
