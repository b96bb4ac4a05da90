import Foundation
import RapporteurCore

/// The notes' Markdown of every session, written aside to a temporary file while a build runs so
/// that a report of thousands of sessions does not hold all their notes in memory: each session's
/// notes are read back when its section of the report is rendered. The file is removed as soon as
/// it is made (it lives until the build ends) and is written only by the build's reading step.
public final class SpilledNotes: @unchecked Sendable {
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

  /// Writes the notes of session `id` aside; `false` when they could not be written (they must
  /// then be kept).
  public func store(_ text: String, for id: String) -> Bool {
    var text = text
    return lock.withLock {
      let offset = end
      let written = text.withUTF8 { bytes -> Bool in
        var done = 0
        while done < bytes.count {
          let count = pwrite(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
          if count < 0, errno == EINTR { continue }
          guard count > 0 else { return false }
          done += count
        }
        return true
      }
      guard written else { return false }
      end += text.utf8.count
      places[id] = (offset, text.utf8.count)
      return true
    }
  }

  /// Whether the notes of session `id` were written aside.
  public func holds(_ id: String) -> Bool {
    lock.withLock { places[id] != nil }
  }

  /// The notes of session `id`, read back; empty when they cannot be read.
  public func text(for id: String) -> String {
    guard let place = lock.withLock({ places[id] }) else { return "" }
    var bytes = [UInt8](repeating: 0, count: place.count)
    var done = 0
    while done < place.count {
      let count = bytes.withUnsafeMutableBytes { buffer in
        pread(descriptor, buffer.baseAddress.map { $0 + done }, place.count - done, off_t(place.offset + done))
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return "" }
      done += count
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
