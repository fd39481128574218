import ArgumentParser

/// `carelog`: the root command.
struct CarelogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carelog",
    abstract: "A symptom journal for people treated for ALL, and for parents logging for a child.",
    discussion: """
      Record symptoms, temperatures, weights, infections and notes day by day, then bring a clear \
      account to the clinic. Everything stays in one file on this computer.

      Start with:
        carelog profile add Leo --born 2017-03-02 --reporter Anna
        carelog log fatigue --severity mild
        carelog log temperature 38.2
        carelog list --since "7 days ago"

      carelog does not give medical advice. In an emergency, call your care team or emergency number.
      """,
    version: "0.1.0",
    subcommands: [
      LogCommand.self, NoteCommand.self, ListCommand.self, CheckinCommand.self, FlagsCommand.self, SummaryCommand.self,
      EditCommand.self, DeleteCommand.self, HistoryCommand.self,
      ProfileCommand.self, TreatmentCommand.self, MedicineCommand.self, TookCommand.self, MissedCommand.self,
      DosesCommand.self, BaselineCommand.self, VisitCommand.self,
      SymptomsCommand.self, ExportCommand.self, ImportCommand.self, BackupCommand.self, CheckCommand.self, DemoCommand.self,
      DevicesCommand.self, ServeCommand.self,
    ]
  )
}
