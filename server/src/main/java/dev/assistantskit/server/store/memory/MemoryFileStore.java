package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.StoredFile;
import dev.assistantskit.server.store.FileStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

final class MemoryFileStore implements FileStore {
  final OrderedTable<StoredFile> table;

  MemoryFileStore(Journal journal) {
    table = new OrderedTable<>(journal, f -> "", StoredFile::id, StoredFile::createdAt, null);
  }

  @Override
  public Optional<StoredFile> find(String id) {
    return table.get("", id);
  }

  @Override
  public void put(StoredFile file) {
    table.put(file);
  }

  @Override
  public boolean delete(String id) {
    return table.remove("", id).isPresent();
  }

  @Override
  public List<StoredFile> list(String purpose) {
    List<StoredFile> files = new ArrayList<>(table.all(""));
    Collections.reverse(files);
    return purpose == null
        ? files
        : files.stream().filter(file -> file.purpose().equals(purpose)).toList();
  }
}
