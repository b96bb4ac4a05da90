import Foundation
import RapporteurCore

/// Writes a set of output files so that a reader never sees a half-written one: everything is
/// rendered first, each file goes to a temporary name beside its target and is renamed into place.
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
    // Stage every file first; rename only once all are on disk.
    var staged: [(temporary: String, final: String)] = []
    do {
      for file in files {
        guard isContained(file.path) else {
          throw RapporteurError(.unsafeIdentifier, file: file.path, "would be written outside the output folder")
        }
        let final = InputsLoader.join(directory, file.path)
        let folder = (final as NSString).deletingLastPathComponent
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = InputsLoader.join(folder, ".\((final as NSString).lastPathComponent).tmp-\(getpid())")
        guard manager.createFile(atPath: temporary, contents: Data(file.contents.utf8)) else {
          throw RapporteurError(.outputUnwritable, file: final, "cannot be written")
        }
        staged.append((temporary, final))
      }
      for item in staged {
        guard rename(item.temporary, item.final) == 0 else {
          throw RapporteurError(.outputUnwritable, file: item.final, "cannot be replaced: \(String(cString: strerror(errno)))")
        }
      }
    } catch let error as RapporteurError {
      for item in staged { try? manager.removeItem(atPath: item.temporary) }
      throw error
    } catch {
      for item in staged { try? manager.removeItem(atPath: item.temporary) }
      throw RapporteurError(.outputUnwritable, file: directory, "cannot be written: \(error.localizedDescription)")
    }
  }

  /// Whether a relative path stays below its folder.
  static func isContained(_ path: String) -> Bool {
    !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.isEmpty
  }
}
