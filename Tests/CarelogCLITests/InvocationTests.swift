import ArgumentParser
import Testing

@testable import CarelogCLI

struct InvocationTests {
  @Test func tryMoreLinesUseTheCommandAsItWasRun() {
    #expect(DemoCommand.invocation("/work/carelog/.build/x86_64-unknown-linux-gnu/debug/carelog") == "swift run carelog")
    #expect(DemoCommand.invocation("carelog") == "carelog")
    #expect(DemoCommand.invocation("/opt/my tools/carelog") == "'/opt/my tools/carelog'")
    #expect(ShellWord.quoted("/tmp/a b/demo.sqlite") == "'/tmp/a b/demo.sqlite'")
    #expect(ShellWord.quoted("/tmp/demo.sqlite") == "/tmp/demo.sqlite")
  }
}

/// Every command names itself: without `commandName`, argument-parser derives the name from the type's by
/// reflection at every start-up (about 1 M instructions a command, a fifth of `carelog flags` on a small journal).
struct CommandNameTests {
  static func all(_ command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
    [command] + command.configuration.subcommands.flatMap(all)
  }

  @Test func everyCommandNamesItselfInItsConfiguration() {
    let commands = Self.all(CarelogCommand.self)
    #expect(commands.count > 30)
    for command in commands {
      #expect(command.configuration.commandName != nil, "\(command) has no commandName")
    }
  }
}
