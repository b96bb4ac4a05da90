import Foundation
import RapporteurCLI

Interruption.takeBackStagedFilesOnSignal()
exit(Rapporteur.run(Array(CommandLine.arguments.dropFirst())))
