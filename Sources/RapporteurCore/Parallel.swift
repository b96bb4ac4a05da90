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

/// Slots written by disjoint indices from several threads.
private final class ResultBox<R>: @unchecked Sendable {
  private var storage: [R?]
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func set(_ index: Int, _ value: R) {
    storage.withUnsafeMutableBufferPointer { $0[index] = value }
  }
  func values() -> [R] { storage.compactMap { $0 } }
}

import Foundation

extension ProcessInfo {
  static let activeProcessorCountCached = ProcessInfo.processInfo.activeProcessorCount
}
