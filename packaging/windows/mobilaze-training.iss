; Inno Setup script: a Windows installer for the bundle built by PyInstaller.
;
; It installs exactly the folder `dist\mobilaze-training` (both programs, mobilaze-training.exe
; and mobilaze-admin.exe, with their shared `_internal` folder), adds Start menu entries, an
; optional desktop icon and an uninstaller. Build steps: packaging/README.md ("Windows").
;   iscc /DAppVersion=0.1.0 packaging\windows\mobilaze-training.iss
; writes dist\mobilaze-training-0.1.0-setup.exe.
;
; Data is not in the program folder (Program Files is read-only for users): the program keeps
; it in %LOCALAPPDATA%\mobilaze-training. For portable use from a USB stick copy the bundle
; folder itself instead of installing it (packaging/README.md, docs/admin-guide.md).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "MOBILAZE Training"
#define Bundle "..\..\dist\mobilaze-training"

[Setup]
; A fixed id: a newer installer updates the installed copy instead of adding a second one.
AppId={{7B3E2C51-5A0D-4C8E-9E0B-6D1F4A2B9C70}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=MOBILAZE Training team
AppComments=Offline training, examination and certification for border and migration officials
DefaultDirName={autopf}\MOBILAZE Training
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=
OutputDir=..\..\dist
OutputBaseFilename=mobilaze-training-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\mobilaze-training.ico
UninstallDisplayIcon={app}\mobilaze-training.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle, as built: the two programs and `_internal`.
Source: "{#Bundle}\*"; DestDir: "{app}"; Excludes: "portable,data\*"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\build\icons\mobilaze-training.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\docs\admin-guide.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\mobilaze-training.exe"; IconFilename: "{app}\mobilaze-training.ico"
Name: "{group}\{#AppName} self-test"; Filename: "{app}\mobilaze-training.exe"; Parameters: "--self-test"; IconFilename: "{app}\mobilaze-training.ico"
Name: "{group}\Administrator's guide"; Filename: "{app}\admin-guide.md"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\mobilaze-training.exe"; IconFilename: "{app}\mobilaze-training.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\mobilaze-training.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\mobilaze-training) is deliberately kept on uninstall: it holds
; the centre's results, certificates register and keys. Remove it by hand if it is not needed.
