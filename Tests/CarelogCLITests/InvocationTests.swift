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
