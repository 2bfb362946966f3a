package dev.assistantskit.server.backend.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DateMentionsTest {

  @Test
  void isoDatesAndDateTimesAreFound() {
    DateMentions found = DateMentions.in("from 2024-06-03T14:30:00+02:00 until 2024-06-04");

    assertThat(found.dates())
        .extracting(DateMentions.DateMention::date)
        .containsExactly(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4));
    assertThat(found.times())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.time()).isEqualTo(LocalTime.of(14, 30));
              assertThat(t.offset()).isEqualTo("+02:00");
            });
  }

  @Test
  void writtenDatesWithoutAYearFallInTheDefaultYear() {
    DateMentions found = DateMentions.in("on June 5th, or 7 July 2025, or 12/24/2024");

    assertThat(found.dates())
        .extracting(DateMentions.DateMention::date)
        .containsExactly(
            LocalDate.of(DateMentions.DEFAULT_YEAR, 6, 5),
            LocalDate.of(2025, 7, 7),
            LocalDate.of(2024, 12, 24));
  }

  @Test
  void clockTimesInBothNotationsAreFound() {
    DateMentions found = DateMentions.in("at 3pm, 9:15 a.m., 18:45 or noon");

    assertThat(found.times())
        .extracting(DateMentions.TimeMention::time)
        .containsExactly(
            LocalTime.of(15, 0), LocalTime.of(9, 15), LocalTime.of(18, 45), LocalTime.NOON);
  }

  @Test
  void impossibleDatesAndPlainNumbersAreNotDates() {
    DateMentions found = DateMentions.in("order 2024-13-45 has 12 items, call at 25:00");

    assertThat(found.dates()).isEmpty();
    assertThat(found.times()).isEmpty();
  }

  @Test
  void relativeDaysAreLeftAloneSoAnswersDoNotDependOnTheClock() {
    assertThat(DateMentions.in("tomorrow at dawn").dates()).isEmpty();
  }
}
