import Dispatch
import Foundation
import RapporteurRender

/// A command stopped by Ctrl-C, `kill` or a closed terminal takes back the files it staged and
/// not yet renamed into place: the previous output stays as it was and no temporary file is left.
public enum Interruption {
  /// The signal sources, kept for the life of the process; set once, before any command runs.
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

  /// Handles SIGINT, SIGTERM and SIGHUP from here on; call once, before running a command.
  public static func takeBackStagedFilesOnSignal() {
    for number in [SIGINT, SIGTERM, SIGHUP] {
      // The signal is taken from its default action so that the source sees it.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        OutputStage.abortAll()
        Console.error("rapporteur: stopped by signal \(number); files not yet written in full were removed, the previous output is as it was")
        exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }
}
