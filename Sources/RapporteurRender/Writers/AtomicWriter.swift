import Foundation
import RapporteurCore

/// Writes a set of output files so that a reader never sees a half-written one: everything is
/// rendered first, each file goes to a temporary name beside its target and, once all of them are
/// on disk, is renamed into place. A failure before the renames leaves the previous output as it was.
public enum AtomicWriter {
  /// Writes `files` (paths relative to `directory`). Creates the folder when missing; refuses a
  /// path that is a file or any relative path that would leave the folder.
  public static func write(_ files: [(path: String, contents: String)], to directory: String) throws {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw RapporteurError(
          .outputUnwritable, file: directory, "is a file; --output takes a folder (it is created when missing)")
      }
    }
    if let outside = files.first(where: { !isContained($0.path) }) {
      throw RapporteurError(.unsafeIdentifier, file: outside.path, "would be written outside the output folder")
    }
    let targets = files.map { file -> (final: String, temporary: String, contents: String) in
      let final = InputsLoader.join(directory, file.path)
      let folder = (final as NSString).deletingLastPathComponent
      let temporary = InputsLoader.join(folder, ".\((final as NSString).lastPathComponent).tmp-\(getpid())")
      return (final, temporary, file.contents)
    }
    // Each folder once, then every file staged. One after the other: creating files in one folder
    // takes the folder's lock, and threads would only wait for each other.
    var folders: [String] = []
    var seen: Set<String> = []
    for target in targets {
      let folder = (target.final as NSString).deletingLastPathComponent
      if seen.insert(folder).inserted { folders.append(folder) }
    }
    do {
      for folder in folders { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    } catch {
      throw RapporteurError(.outputUnwritable, file: directory, "cannot be written: \(error.localizedDescription)")
    }
    // A file that already holds exactly its new bytes is left as it is: creating a file is most
    // of the cost of writing one, and a rebuild changes few.
    let unchanged = Parallel.map(targets) { holds($0.contents, at: $0.final) }
    let changed = zip(targets, unchanged).filter { !$1 }.map(\.0)
    func removeStaged() {
      for target in changed { unlink(target.temporary) }
    }
    for target in changed where !writeFile(target.contents, at: target.temporary) {
      removeStaged()
      throw RapporteurError(.outputUnwritable, file: target.final, "cannot be written")
    }
    for target in changed {
      guard rename(target.temporary, target.final) == 0 else {
        let reason = String(cString: strerror(errno))
        removeStaged()
        throw RapporteurError(.outputUnwritable, file: target.final, "cannot be replaced: \(reason)")
      }
    }
  }

  /// Writes the UTF-8 bytes of `text` to a new file at `path` (replacing a stale one); `false` on failure.
  static func writeFile(_ text: String, at path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
    guard descriptor >= 0 else { return false }
    var text = text
    let written = text.withUTF8 { bytes -> Bool in
      var offset = 0
      while offset < bytes.count {
        guard let base = bytes.baseAddress else { break }
        let count = writeBytes(descriptor, base + offset, bytes.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += count
      }
      return true
    }
    return close(descriptor) == 0 && written
  }

  /// Whether `path` is a regular file of its own (no link) that holds exactly the UTF-8 bytes of `text`.
  static func holds(_ text: String, at path: String) -> Bool {
    var status = stat()
    guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_nlink == 1,
      Int(status.st_size) == text.utf8.count
    else { return false }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var text = text
    return text.withUTF8 { expected -> Bool in
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      var offset = 0
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return count == 0 && offset == expected.count }
        guard offset + count <= expected.count, let base = expected.baseAddress,
          buffer.withUnsafeBytes({ $0.baseAddress.map { memcmp($0, base + offset, count) == 0 } ?? false })
        else { return false }
        offset += count
      }
    }
  }

  /// Whether a relative path stays below its folder.
  static func isContained(_ path: String) -> Bool {
    !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.isEmpty
  }
}

/// The system's `write(2)` (the name is taken inside `AtomicWriter`).
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
