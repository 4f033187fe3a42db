; Inno Setup 6 script: the Windows installer of CadreDesk (选派干部驻村管理).
;
; Build on Windows, from the repository folder:
;   1. the frozen onedir bundle:   py -m venv build\venv
;                                  build\venv\Scripts\pip install -r packaging\requirements-build.txt .
;                                  build\venv\Scripts\pyinstaller --noconfirm packaging\cadredesk.spec
;      check it:                   dist\CadreDesk\CadreDesk.exe --self-test --db %TEMP%\selftest.sqlite
;   2. the installer:              "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\cadredesk.iss
;      → dist\installer\CadreDesk-0.1.0-setup.exe
;
; What it does: installs the bundle into Program Files (or the user's own programs folder when the
; clerk has no administrator rights), adds a Start-menu entry and a desktop shortcut, registers an
; uninstaller (Settings → Apps, and the Start-menu folder). Uninstalling removes the program folder
; only: the clerk's database, backups, settings and logs in %LOCALAPPDATA%\CadreDesk stay.
; Not built in CI (Linux); tests/test_packaging_files.py checks that this file parses and that
; everything it references exists.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "选派干部驻村管理"
#define AppExe "CadreDesk.exe"

; Simplified Chinese wizard: Inno Setup 6.4+ ships the translation under Languages\Unofficial
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif

[Setup]
; the AppId identifies the installation across versions (upgrades replace it): never change it
AppId={{5B7E3C1A-6D2F-4A8E-9C41-0E7D2B6F8A13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CadreDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\CadreDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-machine with administrator rights, or per-user without (offices often lack admin rights)
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=CadreDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; a running CadreDesk holds its database: ask to close it before files are replaced or removed
CloseApplications=yes
RestartApplications=no

[Languages]
#ifdef ChineseMessages
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole PyInstaller onedir folder (dist\CadreDesk: CadreDesk.exe and _internal\)
Source: "..\dist\CadreDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "县委组织部选派干部驻村工作管理（离线）"
Name: "{autoprograms}\卸载{#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself may leave in its own folder; %LOCALAPPDATA%\CadreDesk (the clerk's
; data) is deliberately not listed
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
Type: dirifempty; Name: "{app}"
