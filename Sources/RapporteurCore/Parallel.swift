import Dispatch

/// Work spread over the machine's cores, results in input order.
public enum Parallel {
  public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let results = ResultBox<R>(count: items.count)
    let chunks = min(items.count, max(1, ProcessInfo.activeProcessorCountCached * 4))
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var index = chunk
      while index < items.count {
        results.set(index, transform(items[index]))
        index += chunks
      }
    }
    return results.values()
  }
}

extension Parallel {
  /// How many items `forEachBatch` maps at a time: enough to keep every core busy, few enough
  /// that a batch's results stay small.
  public static let batchSize = 256

  /// Maps `items` on all cores a batch at a time and hands each batch's results, in order, to
  /// `body` with the offset of its first item; only one batch of results is held at a time.
  public static func forEachBatch<T: Sendable, R: Sendable>(
    _ items: [T], map transform: @Sendable (T) -> R, _ body: (_ offset: Int, _ results: [R]) throws -> Void
  ) rethrows {
    var start = 0
    while start < items.count {
      let end = min(items.count, start + batchSize)
      try body(start, map(Array(items[start..<end]), transform))
      start = end
    }
  }
}

/// Slots written by disjoint indices from several threads: one buffer allocated up front, so no
/// write touches shared array state.
private final class ResultBox<R>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<R?>
  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }
  deinit {
    slots.deinitialize()
    slots.deallocate()
  }
  func set(_ index: Int, _ value: R) { slots[index] = value }
  func values() -> [R] { slots.compactMap { $0 } }
}

import Foundation

extension ProcessInfo {
  static let activeProcessorCountCached = ProcessInfo.processInfo.activeProcessorCount
}
