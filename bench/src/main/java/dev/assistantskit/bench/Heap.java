package dev.assistantskit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a JVM we started: live heap after a full GC (jcmd GC.class_histogram, which
 * collects first), the classes that hold most of it, and resident memory from /proc.
 */
final class Heap {
  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)(?:\\s.*)?$");

  /** One class of the histogram. */
  record Row(String className, long instances, long bytes) {}

  long liveBytes = -1;
  long rssKb = -1;
  long hwmKb = -1;
  final List<Row> top = new ArrayList<>();
  String error;

  static Heap measure(long pid) {
    Heap heap = new Heap();
    Proc.Result histogram =
        Proc.run(
            List.of(Tools.jcmd().toString(), Long.toString(pid), "GC.class_histogram"), null, 120);
    Matcher total = TOTAL.matcher(histogram.output());
    if (histogram.ok() && total.find()) {
      heap.liveBytes = Long.parseLong(total.group(2));
      Matcher row = ROW.matcher(histogram.output());
      while (row.find() && heap.top.size() < 8) {
        heap.top.add(
            new Row(row.group(3), Long.parseLong(row.group(1)), Long.parseLong(row.group(2))));
      }
    } else {
      heap.error = "jcmd GC.class_histogram failed: " + Http.abbreviate(histogram.output());
    }
    heap.rssKb = Proc.statusKb(pid, "VmRSS");
    heap.hwmKb = Proc.statusKb(pid, "VmHWM");
    return heap;
  }
}
