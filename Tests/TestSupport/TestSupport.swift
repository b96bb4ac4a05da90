import Foundation
import Testing

/// The repository's root folder (where Package.swift is).
public let repositoryRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  while url.path != "/" {
    url.deleteLastPathComponent()
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
  }
  return FileManager.default.currentDirectoryPath
}()

/// A path below the repository root.
public func repositoryPath(_ relative: String) -> String {
  repositoryRoot + "/" + relative
}

/// A fresh temporary folder, removed by `cleanUp()`.
public struct TemporaryFolder: Sendable {
  public let path: String

  public init() throws {
    path = NSTemporaryDirectory() + "rapporteur-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `contents` at `relative`, creating folders.
  @discardableResult
  public func write(_ relative: String, _ contents: String) throws -> String {
    try write(relative, Data(contents.utf8))
  }

  @discardableResult
  public func write(_ relative: String, _ data: Data) throws -> String {
    let full = path + "/" + relative
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: full))
    return full
  }

  public func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
  }

  public func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: path + "/" + relative)
  }

  /// Every file below the folder, as sorted relative paths.
  public func allFiles() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
    var files: [String] = []
    while let name = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
        files.append(name)
      }
    }
    return files.sorted()
  }

  public func cleanUp() {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// Compares `actual` with the golden file `Tests/<target>/Snapshots/<name>`. With
/// `RECORD_SNAPSHOTS=1` in the environment (or when the file is missing) the golden file is
/// written and the test fails, so that a refresh is always reviewed before it passes.
public func assertSnapshot(
  _ actual: String, named name: String, target: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let path = repositoryPath("Tests/\(target)/Snapshots/\(name)")
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
  let expected = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  if record || expected == nil {
    try? FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: URL(fileURLWithPath: path))
    Issue.record("Recorded snapshot \(name); review the diff and run the tests again", sourceLocation: sourceLocation)
    return
  }
  if actual != expected {
    let firstDifference = firstDifferentLine(actual, expected ?? "")
    Issue.record(
      "\(name) differs from its snapshot at line \(firstDifference.line):\n  expected: \(firstDifference.expected)\n  actual:   \(firstDifference.actual)\nRefresh with RECORD_SNAPSHOTS=1 swift test if the change is intended.",
      sourceLocation: sourceLocation)
  }
}

func firstDifferentLine(_ a: String, _ b: String) -> (line: Int, actual: String, expected: String) {
  let left = a.split(separator: "\n", omittingEmptySubsequences: false)
  let right = b.split(separator: "\n", omittingEmptySubsequences: false)
  for index in 0..<max(left.count, right.count) {
    let l = index < left.count ? String(left[index]) : "<end of file>"
    let r = index < right.count ? String(right[index]) : "<end of file>"
    if l != r { return (index + 1, l, r) }
  }
  return (0, "", "")
}

/// The opening tags of an HTML text (escaped text has no `<`).
public func htmlTags(in html: String) -> [String] {
  var tags: [String] = []
  var rest = html[...]
  while let open = rest.firstIndex(of: "<") {
    guard let close = rest[open...].firstIndex(of: ">") else { break }
    let tag = String(rest[open...close])
    if let second = tag.dropFirst().first, second.isLetter { tags.append(tag) }
    rest = rest[rest.index(after: close)...]
  }
  return tags
}

