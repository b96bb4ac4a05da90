// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "rapporteur",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rapporteur", targets: ["rapporteur"]),
    .executable(name: "rapporteur-bench", targets: ["rapporteur-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    // libcmark's C surface. Only `CommonMark` imports it.
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
    ),
    // Markdown → Swift node tree with source ranges; safe HTML rendering.
    .target(name: "CommonMark", dependencies: ["CCmark"]),
    // Domain model, loading of inputs, tagging and extraction, lint.
    .target(
      name: "RapporteurCore",
      dependencies: ["CommonMark", .product(name: "Yams", package: "Yams")],
      resources: [.embedInCode("Resources/DefaultRules.yml")]
    ),
    // View models, Mustache templates, writers.
    .target(
      name: "RapporteurRender",
      dependencies: ["RapporteurCore", .product(name: "Mustache", package: "swift-mustache")],
      resources: [.embedInCode("DefaultTemplates"), .embedInCode("Schemas/rapporteur.extract-1.schema.json")]
    ),
    // The build pipeline that the commands are assembled from.
    .target(name: "RapporteurKit", dependencies: ["RapporteurRender", "RapporteurCore"]),
    .target(
      name: "RapporteurCLI",
      dependencies: ["RapporteurKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    .executableTarget(name: "rapporteur", dependencies: ["RapporteurCLI"]),
    // Synthetic events and the phase-by-phase benchmark against libcmark alone.
    .executableTarget(name: "rapporteur-bench", dependencies: ["RapporteurKit"]),
    // libFuzzer target for the loader, the extractor, the renderers and the linter (`make fuzz`).
    .executableTarget(
      name: "rapporteur-fuzz", dependencies: ["RapporteurCore", "RapporteurRender"],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .target(name: "TestSupport", dependencies: ["RapporteurKit"], path: "Tests/TestSupport"),
    .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark", "TestSupport"]),
    .testTarget(name: "RapporteurCoreTests", dependencies: ["RapporteurCore", "TestSupport"], exclude: ["Corpus", "HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7", "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11", "HeldOut12", "HeldOut13", "HeldOut14", "HeldOut15", "HeldOut16", "HeldOut17", "HeldOut18", "HeldOut19", "HeldOut20", "HeldOut21", "HeldOut22", "HeldOut23", "HeldOut24", "HeldOut25", "HeldOut26", "HeldOut27", "HeldOut28", "HeldOut29", "HeldOut30", "HeldOut31", "HeldOut32", "HeldOut33", "HeldOut34", "HeldOut35", "HeldOut36", "HeldOut37", "HeldOut38", "HeldOut39", "HeldOut40", "HeldOut41", "HeldOut42", "HeldOut43", "HeldOut44", "HeldOut45", "HeldOut46", "HeldOut47", "HeldOut48", "HeldOut49", "HeldOut50", "HeldOut51", "HeldOut52", "HeldOut53", "HeldOut54", "HeldOut55", "HeldOut56", "HeldOut57", "HeldOut58", "HeldOut59", "HeldOut60", "HeldOut61", "HeldOut62", "HeldOut63", "HeldOut64", "HeldOut65", "HeldOut66", "HeldOut67", "HeldOut68", "HeldOut69", "HeldOut70", "HeldOut71", "HeldOut72", "HeldOut73", "HeldOut74", "HeldOut75", "HeldOut76", "HeldOut77", "HeldOut78", "HeldOut79", "HeldOut80", "HeldOut81", "HeldOut82", "HeldOut83", "HeldOut84", "HeldOut85", "HeldOut86", "HeldOut87", "HeldOut88", "HeldOut89", "HeldOut90", "HeldOut91", "HeldOut92", "HeldOut93", "HeldOut94", "HeldOut95", "HeldOut96", "HeldOut97", "HeldOut98", "HeldOut99", "HeldOut100", "HeldOut101", "HeldOut102", "HeldOut103", "HeldOut104", "HeldOut105", "HeldOut106", "HeldOut107", "HeldOut108", "HeldOut109", "HeldOut110"]),
    .testTarget(name: "RapporteurRenderTests", dependencies: ["RapporteurKit", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "RapporteurCLITests", dependencies: ["RapporteurCLI", "TestSupport"], exclude: ["Fixtures", "Snapshots", "LintSets"]),
  ],
  swiftLanguageModes: [.v6]
)
