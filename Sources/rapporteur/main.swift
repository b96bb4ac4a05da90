import Foundation
import RapporteurCLI

exit(Rapporteur.run(Array(CommandLine.arguments.dropFirst())))
