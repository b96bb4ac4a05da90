import Foundation
import RapporteurCore

/// The files of one output folder, staged as they are rendered so that none has to be held in
/// memory: each goes to a temporary name beside its target, and `commit()` renames every one
/// into place once all are staged. A reader never sees a half-written file, and a failure before
/// the renames (or a stage dropped without `commit()`) removes what was staged and the folders
/// it made, leaving the previous output as it was.
public final class OutputStage: @unchecked Sendable {
  public let directory: String
  private let lock = NSLock()
  private var staged: [(temporary: String, final: String)] = []
  /// The staged names that are second names of files kept unchanged.
  private var secondNames: [String] = []
  /// The drafts kept because they were edited by hand since the build that wrote them, relative
  /// to the folder: a build or `summary` leaves them as they are.
  public var keptDrafts: [String] { lock.withLock { kept } }
  private var kept: [String] = []
  private var paths: [String] = []
  /// The fingerprint of each file given, for the manifest.
  private var fingerprints: [String: UInt64] = [:]
  private var readyFolders: Set<String> = []
  private var createdFolders: [String] = []
  /// The temporary files being written, not yet staged.
  private var writing: Set<String> = []
  private var finished = false
  /// The files no output may replace or remove (the command's inputs), each with the path it was
  /// read by: the file each path leads to, and the path's own entry when that is a link.
  private let inputs: [FileIdentity: String]

  /// Refuses a `directory` that is a file; the folder itself is made with the first file. No file
  /// is staged where one of `inputs` is: a name that is an input however the folders on its way
  /// are linked (`INPUT/sessions` a link to `OUTPUT/summaries`, say), or that an input's link
  /// leads to. A link in the output folder that leads to an input is replaced, as any link there
  /// is, and the input stays as it was.
  public init(directory: String, inputs: [String] = []) throws {
    self.directory = directory
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
      throw RapporteurError(
        .outputUnwritable, file: directory, "is a file; --output takes a folder (it is created when missing)")
    }
    var identities: [FileIdentity: String] = [:]
    for path in inputs {
      for identity in [FileIdentity(path, followingLinks: true), FileIdentity(path, followingLinks: false)] {
        if let identity, identities[identity] == nil { identities[identity] = path }
      }
    }
    self.inputs = identities
    Self.live.add(self)
  }

  deinit {
    Self.live.remove(self)
    if !finished { removeStaged() }
  }

  /// The stages of this process not yet dropped, so that an interrupted command can take back
  /// what it staged.
  private static let live = LiveStages()

  /// Aborts every stage of this process (see `abort()`): for a command stopped by a signal, which
  /// leaves the previous output as it was and no temporary file behind.
  public static func abortAll() {
    for stage in live.all() { stage.abort() }
  }

  /// Every path given so far, relative to the folder, in the order given.
  public var addedPaths: [String] { lock.withLock { paths } }

  /// Stages `contents` as the file `path` (relative to the folder). A file that already holds
  /// exactly these bytes is left as it is: creating a file is most of the cost of writing one,
  /// and a rebuild changes few.
  public func add(_ path: String, contents: String) throws {
    let final = try prepare(path)
    var fingerprint = Fingerprint()
    var text = DirectionControls.removed(from: contents)
    text.withUTF8 { fingerprint.add($0) }
    lock.withLock { fingerprints[path] = fingerprint.value }
    if Self.holds(text, at: final), keepUnchanged(final, fingerprint: fingerprint.value) { return }
    let temporary = temporaryName(for: final)
    let descriptor = try createTracked(temporary, for: final)
    defer { lock.withLock { _ = writing.remove(temporary) } }
    let written = text.withUTF8 { Self.writeAll(descriptor, $0) }
    var reason = written ? "" : String(cString: strerror(errno))
    guard close(descriptor) == 0, written else {
      if reason.isEmpty { reason = String(cString: strerror(errno)) }
      unlink(temporary)
      throw RapporteurError(.outputUnwritable, file: final, "cannot be written: \(reason)")
    }
    // A stage aborted (or committed) meanwhile takes no more files.
    lock.withLock { if finished { unlink(temporary) } else { staged.append((temporary, final)) } }
  }

  /// Stages the file `path` from the pieces `body` hands to its writer, in order; only a
  /// buffer's worth of it is held at a time.
  public func addStreamed(_ path: String, _ body: (ChunkWriter) throws -> Void) throws {
    let final = try prepare(path)
    let temporary = temporaryName(for: final)
    let writer = ChunkWriter(descriptor: try createTracked(temporary, for: final), replacing: final)
    defer { lock.withLock { _ = writing.remove(temporary) } }
    do {
      try body(writer)
      try writer.finish()
    } catch {
      writer.close()
      unlink(temporary)
      if error is RapporteurError { throw error }
      throw RapporteurError(.outputUnwritable, file: final, "cannot be written: \(error)")
    }
    lock.withLock { fingerprints[path] = writer.fingerprint.value }
    if writer.matchesExisting, keepUnchanged(final, fingerprint: writer.fingerprint.value) {
      unlink(temporary)
      return
    }
    // A stage aborted (or committed) meanwhile takes no more files.
    lock.withLock { if finished { unlink(temporary) } else { staged.append((temporary, final)) } }
  }

  /// Stages a file that already holds the bytes to be written as a second name of itself: the
  /// rename leaves it untouched, and puts it back should another build remove or replace it
  /// meanwhile. `false`, staging nothing, when the file no longer holds those bytes by the time
  /// it has its second name (another build replaced or removed it since it was read): the caller
  /// writes it then.
  func keepUnchanged(_ final: String, fingerprint: UInt64) -> Bool {
    let temporary = temporaryName(for: final) + "-kept"
    unlink(temporary)
    guard link(final, temporary) == 0 else { return false }
    guard Self.fingerprint(ofFileAt: temporary) == fingerprint else {
      unlink(temporary)
      return false
    }
    lock.withLock {
      staged.append((temporary, final))
      secondNames.append(temporary)
    }
    return true
  }

  /// Takes back the file staged as `path`, if any: a build that staged a file under a name it
  /// later finds belongs to another file withdraws it before staging the right one there.
  public func withdraw(_ path: String) {
    let final = InputsLoader.join(directory, path)
    lock.withLock {
      paths.removeAll { $0 == path }
      fingerprints[path] = nil
      staged.removeAll { entry in
        guard entry.final == final else { return false }
        unlink(entry.temporary)
        return true
      }
    }
  }

  /// Renames every staged file into place. Every target is checked first, so that a failure one
  /// can foresee (a folder where a file goes, a folder that no longer takes new names, a staged
  /// copy gone) renames nothing and removes what was staged.
  ///
  /// What stays non-atomic: the files are renamed one by one, each atomically. A rename that fails
  /// although its check passed (the output folder changed by another program meanwhile, a disk
  /// error, a file made immutable) leaves the files renamed before it in their new state and the
  /// rest in their previous one.
  public func commit() throws {
    let targets = lock.withLock { () -> [(temporary: String, final: String)] in
      finished = true
      return staged
    }
    for target in targets {
      if let problem = Self.replacementProblem(target) {
        removeStaged()
        throw RapporteurError(.outputUnwritable, file: target.final, "cannot be replaced: \(problem)")
      }
    }
    for (index, target) in targets.enumerated() {
      guard rename(target.temporary, target.final) == 0 else {
        let reason = String(cString: strerror(errno))
        for rest in targets[index...] { unlink(rest.temporary) }
        throw RapporteurError(.outputUnwritable, file: target.final, "cannot be replaced: \(reason)")
      }
    }
    // A rename onto the same file (one kept unchanged) leaves its second name behind.
    for name in lock.withLock({ secondNames }) { unlink(name) }
  }

  /// Why renaming `target.temporary` to `target.final` would fail, as far as can be told
  /// beforehand, or `nil`.
  static func replacementProblem(_ target: (temporary: String, final: String)) -> String? {
    var staged = stat()
    guard lstat(target.temporary, &staged) == 0 else { return "its staged copy was removed by another program; run again" }
    let folder = parent(of: target.final)
    let folderPath = folder.isEmpty ? "." : folder
    var folderStatus = stat()
    guard stat(folderPath, &folderStatus) == 0, access(folderPath, W_OK | X_OK) == 0 else {
      return "its folder does not take new files: \(String(cString: strerror(errno)))"
    }
    var existing = stat()
    guard lstat(target.final, &existing) == 0 else { return nil }
    if (existing.st_mode & S_IFMT) == S_IFDIR { return "is a folder; move it away and run again" }
    if existing.st_dev != folderStatus.st_dev { return "is a mount point" }
    // In a sticky folder (such as /tmp) only the owner of a file, or of the folder, replaces it.
    let user = geteuid()
    if (folderStatus.st_mode & S_ISVTX) != 0, user != 0, existing.st_uid != user, folderStatus.st_uid != user {
      return "belongs to another user in a folder where only a file's owner may replace it"
    }
    return nil
  }

  /// The list, in the output folder, of the files the last build wrote there, each with a
  /// fingerprint of its bytes.
  public static let manifestName = ".rapporteur-files"

  /// Renames every staged file into place, then removes the files the previous build listed in
  /// the manifest that this one did not write and that still hold the bytes it wrote (a session
  /// renamed or dropped leaves no stale summary behind, but a draft edited by hand stays), and
  /// lists this build's files. Files the manifest does not name, such as a user's own, are never
  /// touched. With `keepingStale` (a build that left notes out), files of the previous build stay,
  /// and stay listed.
  public func commitReplacingPreviousBuild(keepingStale: Bool) throws {
    try holdingOutputFolder { try replacePreviousBuild(keepingStale: keepingStale) }
  }

  private func replacePreviousBuild(keepingStale: Bool) throws {
    sweepLeftoverTemporaries()
    let previous = previousManifest()
    let kept = keepEditedDrafts(previous)
    var listed = lock.withLock { fingerprints }
    // A draft kept as edited stays listed with the bytes the build wrote, so that it still reads
    // as edited next time.
    for (path, recorded) in kept { listed[path] = recorded }
    // A file is removed only where its folder is inside the output folder, no link leading out.
    let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    func isInside(_ full: String) -> Bool {
      let folder = URL(fileURLWithPath: full).deletingLastPathComponent().resolvingSymlinksInPath().path
      return folder == root || folder.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
    var stale: [String] = []
    for (path, recorded) in Self.entries(ofManifest: previous) {
      guard listed[path] == nil, path != Self.manifestName, Self.isContained(path) else { continue }
      let full = InputsLoader.join(directory, path)
      guard isInside(full), input(at: full) == nil, Self.fingerprint(ofFileAt: full) == recorded else { continue }
      if keepingStale {
        listed[path] = recorded
      } else {
        stale.append(full)
      }
    }
    // The manifest is staged with the other files (and left alone when it did not change).
    if !listed.isEmpty || !previous.isEmpty {
      try add(Self.manifestName, contents: Self.manifestText(listed))
    }
    try commit()
    for full in stale { unlink(full) }
  }

  /// Renames every staged file into place, as `commit()` does, and records their bytes in the
  /// manifest a build left (`summary` rewrites a session's files between builds: they are the
  /// tool's own, not edits).
  public func commitUpdatingManifest() throws {
    try holdingOutputFolder { try updateManifestAndCommit() }
  }

  private func updateManifestAndCommit() throws {
    let previous = previousManifest()
    _ = keepEditedDrafts(previous)
    if !previous.isEmpty {
      var listed = Dictionary(Self.entries(ofManifest: previous), uniquingKeysWith: { first, _ in first })
      for (path, fingerprint) in lock.withLock({ fingerprints }) where path != Self.manifestName { listed[path] = fingerprint }
      try add(Self.manifestName, contents: Self.manifestText(listed))
    }
    try commit()
  }

  /// Runs `body` while no other rapporteur commits into the same output folder: two builds at
  /// once take turns to read the manifest, rename their files and remove stale ones (a lock on
  /// the folder itself, so that no file is added to it). Without a folder to lock, `body` runs.
  private func holdingOutputFolder(_ body: () throws -> Void) throws {
    if mkdir(directory, 0o777) == 0 { lock.withLock { createdFolders.append(directory) } }
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return try body() }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
    defer { flock(descriptor, LOCK_UN) }
    try body()
  }

  /// Removes the temporary files a build that was stopped midway left in the output folder and
  /// its `summaries` folder (`.NAME.tmp-PID-STAGE`, of a process no longer running).
  private func sweepLeftoverTemporaries() {
    for folder in [directory, InputsLoader.join(directory, "summaries")] {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
      for name in names where name.hasPrefix(".") {
        guard let marker = name.range(of: ".tmp-", options: .backwards),
          let pid = Int32(name[marker.upperBound...].prefix { $0 != "-" }),
          pid > 0, pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
        else { continue }
        unlink(InputsLoader.join(folder, name))
      }
    }
  }

  /// The manifest the last build left, or "".
  private func previousManifest() -> String {
    let manifest = InputsLoader.join(directory, Self.manifestName)
    return FileManager.default.contents(atPath: manifest).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  /// A manifest listing each path with the fingerprint of its bytes, paths in order.
  static func manifestText(_ listed: [String: UInt64]) -> String {
    listed.keys.sorted().map { "\($0)\t\(String(listed[$0] ?? 0, radix: 16))\n" }.joined()
  }

  /// Each path a manifest lists, with the fingerprint of the bytes written there.
  static func entries(ofManifest manifest: String) -> [(path: String, fingerprint: UInt64)] {
    manifest.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "\t")
      guard fields.count == 2, let recorded = UInt64(fields[1], radix: 16) else { return nil }
      return (String(fields[0]), recorded)
    }
  }

  /// Takes back each staged Markdown draft (`summaries/*.md`) whose file no longer holds the
  /// bytes the last build wrote there: the chair edited it, and the edit stays. Returns each
  /// draft kept with the fingerprint the manifest recorded for it.
  private func keepEditedDrafts(_ manifest: String) -> [(path: String, fingerprint: UInt64)] {
    guard !manifest.isEmpty else { return [] }
    let recorded = Dictionary(Self.entries(ofManifest: manifest), uniquingKeysWith: { first, _ in first })
    let (written, sums) = lock.withLock { (paths, fingerprints) }
    var kept: [(path: String, fingerprint: UInt64)] = []
    for path in written where path.hasPrefix("summaries/") && path.hasSuffix(".md") {
      guard let before = recorded[path], let now = Self.fingerprint(ofFileAt: InputsLoader.join(directory, path)),
        now != before, now != sums[path]
      else { continue }
      withdraw(path)
      kept.append((path, before))
    }
    lock.withLock { self.kept = kept.map(\.path) }
    return kept
  }

  /// The fingerprint of a regular file of its own (no link), or `nil`.
  static func fingerprint(ofFileAt path: String) -> UInt64? {
    var status = stat()
    guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var fingerprint = Fingerprint()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { return nil }
      if count == 0 { return fingerprint.value }
      chunk.withUnsafeBufferPointer { fingerprint.add(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
  }

  /// Removes what was staged, any file still being written, and the folders made for them; the
  /// previous output stays as it was, and nothing more is staged after.
  public func abort() {
    let (done, inFlight) = lock.withLock { () -> (Bool, Set<String>) in
      defer { finished = true }
      return (finished, writing)
    }
    for temporary in inFlight { unlink(temporary) }
    guard !done else { return }
    removeStaged()
    // A `commit()` after renames nothing.
    lock.withLock {
      staged.removeAll()
      createdFolders.removeAll()
    }
  }

  private func removeStaged() {
    for target in staged { unlink(target.temporary) }
    for folder in createdFolders.reversed() { rmdir(folder) }
  }

  /// The final path of `path`, with its folder made; refuses a path that would leave the folder.
  private func prepare(_ path: String) throws -> String {
    guard Self.isContained(path) else {
      throw RapporteurError(.unsafeIdentifier, file: path, "would be written outside the output folder")
    }
    let final = InputsLoader.join(directory, path)
    if let input = input(at: final) {
      let which = input == final ? "is" : "is the same file as \(input),"
      throw RapporteurError(
        .outputUnwritable, file: final,
        "\(which) one of the files this command reads (notes, event.yml, rules.yml), and is left as it was: move it out of the output folder or choose another --output")
    }
    let folder = Self.parent(of: final)
    try lock.withLock {
      guard !finished else { throw RapporteurError(.outputUnwritable, file: final, "was added after the output was written") }
      paths.append(path)
      // Marked ready only once made: a folder that cannot be made fails every file in it alike.
      guard !readyFolders.contains(folder) else { return }
      try refuseLinkedFolders(on: Self.parent(of: path))
      try makeFolder(folder)
      readyFolders.insert(folder)
    }
    return final
  }

  /// The input that renaming a file to `path`, or removing `path`, would replace or remove, as it
  /// was given; `nil` when there is none.
  private func input(at path: String) -> String? {
    guard !inputs.isEmpty, let identity = FileIdentity(path, followingLinks: false) else { return nil }
    return inputs[identity]
  }

  /// Refuses a folder on the way to a file inside the output folder (`summaries`, given as
  /// `relative`) that is a link: it could lead anywhere, and no file is written outside the
  /// output folder. The output folder itself may be a link.
  private func refuseLinkedFolders(on relative: String) throws {
    var current = directory
    for part in relative.split(separator: "/") where part != "." {
      current = InputsLoader.join(current, String(part))
      var status = stat()
      guard lstat(current, &status) == 0 else { return }
      if status.st_mode & S_IFMT == S_IFLNK {
        throw RapporteurError(
          .outputUnwritable, file: current,
          "is a link, and files are written only inside the output folder \(directory): remove the link, or make it a folder")
      }
    }
  }

  /// Makes `folder` and any missing parent, remembering each made.
  private func makeFolder(_ folder: String) throws {
    var missing: [String] = []
    var current = folder
    var isDirectory: ObjCBool = false
    while !current.isEmpty, !FileManager.default.fileExists(atPath: current, isDirectory: &isDirectory) {
      missing.append(current)
      let parent = Self.parent(of: current)
      if parent == current { break }
      current = parent
    }
    if missing.isEmpty && !isDirectory.boolValue {
      throw RapporteurError(.outputUnwritable, file: folder, "is a file where the output needs a folder")
    }
    for path in missing.reversed() {
      guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
        let reason = String(cString: strerror(errno))
        throw RapporteurError(.outputUnwritable, file: directory, "cannot be written: \(path): \(reason)")
      }
      createdFolders.append(path)
    }
  }

  /// The folder that holds `path` ("" for a bare name, "/" for one at the root); plain string
  /// work, as a one-letter name ("O") is not safe with every platform's path functions.
  static func parent(of path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    guard let slash = path.lastIndex(of: "/") else { return "" }
    var parent = path[..<slash]
    while parent.count > 1, parent.hasSuffix("/") { parent.removeLast() }
    return parent.isEmpty ? "/" : String(parent)
  }

  /// `.NAME.tmp-PID-STAGE`: the process, and which of its stages (two builds in one process
  /// never share a temporary file), told apart by where the stage lives.
  func temporaryName(for final: String) -> String {
    let name = final.split(separator: "/").last.map(String.init) ?? final
    let stage = String(UInt(bitPattern: ObjectIdentifier(self)), radix: 36)
    return InputsLoader.join(Self.parent(of: final), ".\(name).tmp-\(getpid())-\(stage)")
  }

  /// A new file at `temporary`, as `create` makes it, recorded as being written until its caller
  /// is done with it.
  private func createTracked(_ temporary: String, for final: String) throws -> Int32 {
    let descriptor = try Self.create(temporary, for: final)
    lock.withLock { _ = writing.insert(temporary) }
    return descriptor
  }

  /// A new file at `temporary` (replacing a stale one), for writing.
  static func create(_ temporary: String, for final: String) throws -> Int32 {
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
    guard descriptor >= 0 else {
      let code = errno
      let folder = parent(of: final)
      var status = stat()
      // The folder was there when the stage made it or found it: another program (a script
      // clearing the output folder, a second build's clean-up) removed it since, and with it
      // what was staged there.
      if code == ENOENT, lstat(folder.isEmpty ? "." : folder, &status) != 0 {
        throw RapporteurError(
          .outputUnwritable, file: final,
          "cannot be written: its folder \(folder) was removed while this command ran (by another program?), and the files staged there with it; run again once nothing else clears the output folder")
      }
      throw RapporteurError(.outputUnwritable, file: final, "cannot be written: \(String(cString: strerror(code)))")
    }
    return descriptor
  }

  /// Writes all of `bytes`, going on after interruptions; `false` on failure.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var offset = 0
    while offset < bytes.count {
      let count = writeBytes(descriptor, base + offset, bytes.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += count
    }
    return true
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
    return text.withUTF8 { expected in
      guard let base = expected.baseAddress else { return expected.isEmpty }
      return ChunkWriter.readMatches(descriptor, base, expected.count) && ChunkWriter.atEnd(descriptor)
    }
  }

  /// Whether a relative path stays below its folder.
  static func isContained(_ path: String) -> Bool {
    !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.isEmpty
  }
}

/// A file as the file system knows it, whatever the path (and the links) it is reached by.
struct FileIdentity: Hashable {
  let device: UInt64
  let inode: UInt64

  /// The file at `path` (the link itself, when `path` is one and links are not followed); `nil`
  /// when there is none.
  init?(_ path: String, followingLinks: Bool) {
    var status = stat()
    guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
    device = UInt64(truncatingIfNeeded: status.st_dev)
    inode = UInt64(truncatingIfNeeded: status.st_ino)
  }
}

/// Writes one staged file a piece at a time through a buffer, and finds on the way whether the
/// file it replaces already holds the same bytes.
public final class ChunkWriter {
  private let descriptor: Int32
  private let path: String
  private var existing: Int32
  private var buffer: [UInt8] = []
  private var failed = false
  private var closed = false
  private(set) var matchesExisting = false
  private(set) var fingerprint = Fingerprint()
  private var sameSoFar: Bool
  static let capacity = 1 << 20

  init(descriptor: Int32, replacing path: String) {
    self.descriptor = descriptor
    self.path = path
    var status = stat()
    if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_nlink == 1 {
      existing = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    } else {
      existing = -1
    }
    sameSoFar = existing >= 0
    buffer.reserveCapacity(Self.capacity)
  }

  deinit { close() }

  /// Appends the UTF-8 bytes of `text`.
  public func write(_ text: String) {
    var text = DirectionControls.removed(from: text)
    text.withUTF8 { bytes in
      if buffer.count + bytes.count > Self.capacity { flush() }
      if bytes.count >= Self.capacity {
        emit(bytes)
      } else {
        buffer.append(contentsOf: bytes)
      }
    }
  }

  private func flush() {
    buffer.withUnsafeBufferPointer { emit($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func emit(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !failed, let base = bytes.baseAddress, !bytes.isEmpty else { return }
    fingerprint.add(bytes)
    if sameSoFar { sameSoFar = Self.readMatches(existing, base, bytes.count) }
    if !OutputStage.writeAll(descriptor, bytes) {
      failed = true
      failure = String(cString: strerror(errno))
    }
  }

  /// Why writing failed ("No space left on device"), once it has.
  private var failure = ""

  func finish() throws {
    flush()
    if sameSoFar { sameSoFar = Self.atEnd(existing) }
    matchesExisting = sameSoFar
    let closedWell = Foundation.close(descriptor) == 0
    if !closedWell, failure.isEmpty { failure = String(cString: strerror(errno)) }
    closed = true
    if existing >= 0 { Foundation.close(existing) }
    existing = -1
    guard closedWell, !failed else { throw RapporteurError(.outputUnwritable, file: path, "cannot be written: \(failure)") }
  }

  func close() {
    guard !closed else { return }
    closed = true
    Foundation.close(descriptor)
    if existing >= 0 { Foundation.close(existing) }
  }

  /// Whether the next `count` bytes read from `descriptor` are those at `expected`.
  static func readMatches(_ descriptor: Int32, _ expected: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var chunk = [UInt8](repeating: 0, count: min(count, 1 << 16))
    var offset = 0
    while offset < count {
      let wanted = min(chunk.count, count - offset)
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
      if got < 0 && errno == EINTR { continue }
      guard got > 0, chunk.withUnsafeBytes({ $0.baseAddress.map { memcmp($0, expected + offset, got) == 0 } ?? false })
      else { return false }
      offset += got
    }
    return true
  }

  /// Whether nothing is left to read from `descriptor`.
  static func atEnd(_ descriptor: Int32) -> Bool {
    var byte: UInt8 = 0
    while true {
      let got = read(descriptor, &byte, 1)
      if got < 0 && errno == EINTR { continue }
      return got == 0
    }
  }
}

/// The system's `write(2)` (the name is taken by `ChunkWriter`).
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

/// A 64-bit FNV-1a fingerprint of bytes: the same bytes give the same value in every run.
struct Fingerprint {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    var hash = value
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    value = hash
  }
}

/// Weak references to the stages alive in this process.
private final class LiveStages: @unchecked Sendable {
  private struct Reference {
    weak var stage: OutputStage?
  }

  private let lock = NSLock()
  private var stages: [ObjectIdentifier: Reference] = [:]

  func add(_ stage: OutputStage) { lock.withLock { stages[ObjectIdentifier(stage)] = Reference(stage: stage) } }
  func remove(_ stage: OutputStage) { lock.withLock { stages[ObjectIdentifier(stage)] = nil } }
  func all() -> [OutputStage] { lock.withLock { stages.values.compactMap(\.stage) } }
}
