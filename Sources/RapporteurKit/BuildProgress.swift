import Foundation

/// How far a build has got: the step under way and the sessions it has done. Steps advance it
/// from several threads; the command line shows it on a terminal once a build takes longer than
/// a second.
public final class BuildProgress: @unchecked Sendable {
  private let lock = NSLock()
  private var phase = ""
  private var done = 0
  private var total = 0

  public init() {}

  public func begin(_ phase: String, total: Int) {
    lock.withLock {
      self.phase = phase
      self.done = 0
      self.total = total
    }
  }

  public func advance() {
    lock.withLock { done += 1 }
  }

  /// `Render chair's summaries: 340/1000 sessions`.
  public var line: String {
    lock.withLock { total > 0 ? "\(phase): \(done)/\(total) sessions" : phase }
  }
}

/// Prints a build's progress on standard error, in place, from one second on; only on a terminal.
public final class ProgressLine: @unchecked Sendable {
  private let progress: BuildProgress
  private let timer: DispatchSourceTimer
  private var shown = false
  private let lock = NSLock()

  /// `nil` when standard error is not a terminal.
  public init?(_ progress: BuildProgress) {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    self.progress = progress
    timer = DispatchSource.makeTimerSource(queue: .global())
    timer.schedule(deadline: .now() + 1, repeating: 0.25)
    timer.setEventHandler { [weak self] in self?.draw() }
    timer.resume()
  }

  private func draw() {
    lock.withLock {
      shown = true
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.line).utf8))
    }
  }

  /// Stops and clears the line.
  public func finish() {
    timer.cancel()
    lock.withLock {
      if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
  }
}
