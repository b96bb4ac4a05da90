import RapporteurCore
import RapporteurRender

// libFuzzer entry point: every input is a notes file. It is loaded (front matter, YAML, cmark),
// its items are extracted, its chair's summary and a report of it are rendered, and it is linted;
// nothing may crash, hang or grow without bound.
// Built only by `make fuzz` (with -sanitize=fuzzer), which also supplies libFuzzer's main.

private let linter: Linter? = try? Linter()
private let extractor = Extractor()
private let templates: TemplateSet? = try? TemplateSet.builtInSet()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if case let .success(session) = SessionLoader.load(file: "fuzz.md", data: bytes) {
    let extract = extractor.extract(session)
    if let templates {
      let summary = try? SummaryRenderer(templates: templates, rules: .defaults).render(session: session, extract: extract)
      _ = try? ReportRenderer.render(
        event: Event(), sessions: [session], extracts: [extract], rules: .defaults,
        summaries: summary.map { [session.id: $0.draft] } ?? [:], templates: templates)
    }
  }
  if let linter {
    _ = linter.lint([linter.file(path: "fuzz.md", data: bytes)])
  }
  return 0
}

#if FUZZING
/// libFuzzer's driver, given our entry point (SwiftPM names an executable's `main` after its
/// module, so libFuzzer's own `main` is not the one that runs).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("rapporteur_fuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
#else
/// Without `make fuzz` (which builds with -sanitize=fuzzer and -DFUZZING) there is no libFuzzer to
/// drive the target.
@_cdecl("rapporteur_fuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  print("rapporteur-fuzz runs under libFuzzer: use 'make fuzz' (FUZZ_SECONDS=600 by default)")
  return 2
}
#endif
