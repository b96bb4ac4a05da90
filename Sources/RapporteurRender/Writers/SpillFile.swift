import Foundation
import RapporteurCore

/// What a build keeps of each session for the report but need not hold in memory — the notes'
/// Markdown and the chair's summary draft — written aside to a temporary file, so that a report
/// of thousands of sessions does not hold them all at once: each session's are read back when its
/// section of the report is rendered. The file is removed as soon as it is made (it lives until
/// the build ends) and is written only by the build's reading step.
public final class SpillFile: @unchecked Sendable {
  private let descriptor: Int32
  private let lock = NSLock()
  private var end: Int = 0
  private var places: [String: (offset: Int, count: Int)] = [:]

  /// A file in the system's temporary folder, or `nil` when none can be made (the notes are then
  /// kept in memory, as for a small build).
  public init?() {
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((InputsLoader.join(folder, "rapporteur-notes-XXXXXX")).utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let path = buffer.baseAddress else { return -1 }
      let made = mkstemp(path)
      if made >= 0 { unlink(path) }
      return made
    }
    guard descriptor >= 0 else { return nil }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Writes `text` aside under `key`; `false` when it could not be written (it must then be kept).
  public func store(_ text: String, for key: String) -> Bool {
    var text = text
    return text.withUTF8 { write(UnsafeRawBufferPointer($0), for: key) }
  }

  private func write(_ bytes: UnsafeRawBufferPointer, for key: String) -> Bool {
    lock.withLock {
      var done = 0
      while done < bytes.count {
        let count = pwrite(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(end + done))
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        done += count
      }
      places[key] = (end, bytes.count)
      end += bytes.count
      return true
    }
  }

  /// What was written aside under `key`, read back; `nil` when nothing was, or it cannot be read.
  public func bytes(for key: String) -> [UInt8]? {
    guard let place = lock.withLock({ places[key] }) else { return nil }
    var bytes = [UInt8](repeating: 0, count: place.count)
    var done = 0
    while done < place.count {
      let count = bytes.withUnsafeMutableBytes { buffer in
        pread(descriptor, buffer.baseAddress.map { $0 + done }, place.count - done, off_t(place.offset + done))
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      done += count
    }
    return bytes
  }

  /// What was written aside under `key` as text; `nil` when nothing was, or it cannot be read.
  public func text(for key: String) -> String? {
    bytes(for: key).map { String(decoding: $0, as: UTF8.self) }
  }
}

extension SpillFile {
  static func notesKey(_ id: String) -> String { "notes/" + id }
  static func draftKey(_ id: String) -> String { "draft/" + id }

  /// Writes the notes' Markdown of session `id` aside.
  public func storeNotes(_ text: String, of id: String) -> Bool {
    store(text, for: Self.notesKey(id))
  }

  /// The notes' Markdown of session `id`, when written aside.
  func notes(of id: String) -> String? {
    text(for: Self.notesKey(id))
  }

  /// Writes the chair's summary draft of session `id` aside.
  public func storeDraft(_ draft: SummaryDraft, of id: String) -> Bool {
    guard let data = try? JSONEncoder().encode(draft) else { return false }
    return data.withUnsafeBytes { write($0, for: Self.draftKey(id)) }
  }

  /// The chair's summary draft of session `id`, when written aside.
  public func draft(of id: String) -> SummaryDraft? {
    guard let bytes = bytes(for: Self.draftKey(id)) else { return nil }
    return try? JSONDecoder().decode(SummaryDraft.self, from: Data(bytes))
  }
}
