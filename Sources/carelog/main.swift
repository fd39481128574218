import CarelogCLI
CarelogMain.run()
